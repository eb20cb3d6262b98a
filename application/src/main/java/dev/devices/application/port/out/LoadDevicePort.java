package dev.devices.application.port.out;

import dev.devices.domain.access.Reach;
import dev.devices.domain.device.Device;
import java.util.Optional;

/** Loads one device, always within a reach: a device outside it is simply not there. */
public interface LoadDevicePort {

    Optional<Device> loadDevice(Reach reach, int deviceId);
}
