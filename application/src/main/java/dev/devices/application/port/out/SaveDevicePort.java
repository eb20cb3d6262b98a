package dev.devices.application.port.out;

import dev.devices.domain.device.Device;
import dev.devices.domain.device.NewDevice;

/** Writes devices. */
public interface SaveDevicePort {

    Device insertDevice(NewDevice device);

    /**
     * Stores the changed device if nobody changed it since it was loaded (same {@code version});
     * otherwise throws {@link dev.devices.domain.error.Conflict}. Returns the stored device with its new version.
     */
    Device updateDevice(Device device);

    /** Deletes the device with everything that belongs to it (values, timeline, logs, tag links). */
    void deleteDevice(int orgId, int deviceId);
}
