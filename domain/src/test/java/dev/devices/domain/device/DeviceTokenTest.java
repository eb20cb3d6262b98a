package dev.devices.domain.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeviceTokenTest {

    @Test
    void generatedTokensAre32UrlSafeCharactersAndDistinct() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = DeviceToken.generate(random).value();
            assertThat(token).matches("[A-Za-z0-9_-]{32}");
            seen.add(token);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void parsingChecksTheFormat() {
        assertThat(DeviceToken.of("ZJW2kImth5rGzPUBVcSPkqS_YsoFEFJm").value()).isEqualTo("ZJW2kImth5rGzPUBVcSPkqS_YsoFEFJm");
        assertThatThrownBy(() -> DeviceToken.of("short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeviceToken.of("ZJW2kImth5rGzPUBVcSPkqS_YsoFEF+m")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverPrintsTheSecret() {
        DeviceToken token = DeviceToken.of("ZJW2kImth5rGzPUBVcSPkqS_YsoFEFJm");
        assertThat(token.toString()).doesNotContain("ZJW2kImth5rGzPUBVcSPkqS_YsoFEFJm");
    }
}
