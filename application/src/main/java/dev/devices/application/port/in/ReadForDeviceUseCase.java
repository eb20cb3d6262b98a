package dev.devices.application.port.in;

import java.util.List;
import java.util.Map;

/** Current values of the device with this token, by pin (all pins when none are named). */
public interface ReadForDeviceUseCase {

    Map<String, Object> readForDevice(String token, List<String> pins);
}
