package dev.devices.application.port.in;

import java.util.List;
import java.util.Map;

/**
 * A device writes datastream values by pin, as text (several values for one pin make a list, e.g. a
 * Location's lon and lat). All are written or none; the call marks the device seen.
 */
public interface UpdateFromDeviceUseCase {

    void updateFromDevice(DeviceCall call, Map<String, List<String>> valuesByPin);
}
