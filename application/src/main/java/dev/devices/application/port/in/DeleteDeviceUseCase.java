package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;

/** D6: deletes a device with everything that belongs to it. */
public interface DeleteDeviceUseCase {

    void deleteDevice(Caller caller, int deviceId);
}
