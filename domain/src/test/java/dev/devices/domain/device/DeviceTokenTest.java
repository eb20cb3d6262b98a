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
    void theShapeCheckAgreesWithTheTokenAlphabetForEveryCharacterAndLength() {
        String valid = "ZJW2kImth5rGzPUBVcSPkqS_YsoFEFJm";
        for (char c = 0; c < 0x3000; c++) {
            String changed = valid.substring(0, 7) + c + valid.substring(8);
            assertThat(DeviceToken.looksLikeOne(changed)).as("character %d", (int) c)
                    .isEqualTo(changed.matches("[A-Za-z0-9_-]{32}"));
        }
        for (int length = 0; length < 40; length++) {
            assertThat(DeviceToken.looksLikeOne("a".repeat(length))).isEqualTo(length == 32);
        }
        assertThat(DeviceToken.looksLikeOne(null)).isFalse();
    }

    @Test
    void neverPrintsTheSecret() {
        DeviceToken token = DeviceToken.of("ZJW2kImth5rGzPUBVcSPkqS_YsoFEFJm");
        assertThat(token.toString()).doesNotContain("ZJW2kImth5rGzPUBVcSPkqS_YsoFEFJm");
    }
}
