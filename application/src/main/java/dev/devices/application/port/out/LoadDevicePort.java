package dev.devices.application.port.out;

import dev.devices.domain.access.Reach;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceToken;
import java.util.List;
import java.util.Optional;

/** Loads one device: for callers of the platform API always within a reach, outside it the device is simply not there. */
public interface LoadDevicePort {

    Optional<Device> loadDevice(Reach reach, int deviceId);

    /**
     * As {@link #loadDevice}, and the device stays locked until the unit of work ends. A write that
     * changes a device's rows besides the device's own takes the device first, in the order the
     * device's own calls take them, so the two wait for each other instead of deadlocking.
     */
    Optional<Device> lockDevice(Reach reach, int deviceId);

    /**
     * The device-facing API authenticates by token: the token alone names the device. Its current
     * token, or the one it had before its last rotation while that is still valid at {@code now}.
     */
    Optional<Device> loadDeviceByToken(DeviceToken token, long now);

    /**
     * As {@link #loadDeviceByToken}, and the device stays locked until the unit of work ends: a
     * device's own calls that change it then apply one after the other, and none fails on another.
     */
    Optional<Device> lockDeviceByToken(DeviceToken token, long now);

    /**
     * Devices whose offline check is due at {@code now} (see {@code Connectivity.offlineCheckAt}), earliest
     * first, at most {@code limit}, each locked until the unit of work ends. A device another unit of work
     * holds is skipped rather than waited for: the sweeps of several instances split the due devices
     * between them, and a device busy with its own call is looked at by the next sweep.
     */
    List<Device> lockDueOfflineChecks(long now, int limit);
}
