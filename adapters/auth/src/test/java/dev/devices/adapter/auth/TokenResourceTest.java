package dev.devices.adapter.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.port.in.TokenGrantRejected.Reason;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The token endpoint's error table (RFC 6749 §5.2, and RFC 8628's slow_down). */
class TokenResourceTest {

    @Test
    void everyRefusalHasItsStatusAndCode() {
        Map<Reason, Integer> statuses = new EnumMap<>(Reason.class);
        for (Reason reason : Reason.values()) {
            statuses.put(reason, TokenResource.status(reason));
        }
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(Reason.INVALID_CLIENT, 401, Reason.SLOW_DOWN, 429,
                Reason.INVALID_GRANT, 400, Reason.INVALID_REQUEST, 400, Reason.UNSUPPORTED_GRANT_TYPE, 400));
        assertThat(Reason.UNSUPPORTED_GRANT_TYPE.code()).isEqualTo("unsupported_grant_type");
    }
}
