package dev.devices.adapter.devicemqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.devices.domain.device.HardwareInfo;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What a device's message becomes: stored, or refused (counted, nothing stored) when it is malformed. */
class DeviceMessageHandlerTest {

    private static final String TOKEN = "A".repeat(32);

    private final List<HardwareInfo> reported = new CopyOnWriteArrayList<>();
    private final DeviceMessageHandler handler = new DeviceMessageHandler(token -> true, (call, values) -> { },
            (call, code, description) -> { }, (call, info) -> reported.add(info), call -> { }, token -> { },
            new ObjectMapper());

    private DeviceMessageHandler.Outcome hardware(String payload) {
        return handler.handle(new DeviceTopic(TOKEN, DeviceTopic.Kind.HARDWARE, null), payload);
    }

    @Test
    void hardwareInfoIsAJsonObject() {
        assertThat(hardware("{\"version\":\"1.0\"}")).isEqualTo(DeviceMessageHandler.Outcome.STORED);
        assertThat(reported).singleElement().extracting(HardwareInfo::version).isEqualTo("1.0");
    }

    @Test
    void aNullOrMalformedPayloadIsRefusedNotFailed() {
        assertThat(hardware("null")).isEqualTo(DeviceMessageHandler.Outcome.REFUSED);
        assertThat(hardware("{not json")).isEqualTo(DeviceMessageHandler.Outcome.REFUSED);
        assertThat(reported).isEmpty();
    }
}
