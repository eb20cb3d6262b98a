package dev.devices.application.port.out;

import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceToken;
import dev.devices.domain.device.NewDevice;
import java.util.Optional;

/** Writes devices. */
public interface SaveDevicePort {

    Device insertDevice(NewDevice device);

    /**
     * Stores the changed device if nobody changed it since it was loaded (same {@code version});
     * otherwise throws {@link dev.devices.domain.error.Conflict}. Returns the stored device with its new version.
     */
    Device updateDevice(Device device);

    /**
     * Stores the device with its new token ({@code rotated}, checked as {@link #updateDevice}); the
     * token it had before stays valid on the device side until {@code previousValidUntil} (none: it
     * stops at once). Returns the previous token kept before, now dropped, if there was one.
     */
    Optional<DeviceToken> rotateToken(Device rotated, DeviceToken previous, Long previousValidUntil);

    /**
     * Deletes the device with everything that belongs to it (values, timeline, logs, tag links);
     * the token it had before its last rotation, if one was kept, comes back (to be removed too).
     */
    Optional<DeviceToken> deleteDevice(int orgId, int deviceId);
}
