package dev.devices.adapter.devicehttp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.domain.error.ErrorKind;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The device API's error table, as the README states it. */
class DeviceApiErrorsTest {

    @Test
    void everyKindOfFailureHasItsStatus() {
        Map<ErrorKind, Integer> statuses = new EnumMap<>(ErrorKind.class);
        for (ErrorKind kind : ErrorKind.values()) {
            statuses.put(kind, DeviceApiErrors.status(kind));
        }
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(ErrorKind.NOT_FOUND, 404,
                ErrorKind.INVALID_INPUT, 400, ErrorKind.CONFLICT, 409, ErrorKind.FORBIDDEN, 403));
    }
}
