package dev.devices.application.port.in;

import dev.devices.domain.template.DataStreamValue;
import java.util.List;
import java.util.Map;

/** Current values of the device with this token, by pin (all pins when none are named). */
public interface ReadForDeviceUseCase {

    Map<String, DataStreamValue> readForDevice(String token, List<String> pins);
}
