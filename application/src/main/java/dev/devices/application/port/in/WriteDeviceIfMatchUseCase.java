package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A conditional write to one device (If-Match): the write runs only while the device's configuration
 * version is one the caller names, and writers naming the same version take turns, so one of them
 * wins and the others learn the device changed ({@link DeviceChangedSinceVersion}).
 */
public interface WriteDeviceIfMatchUseCase {

    /**
     * Runs {@code write} (a use case of its own, joining this unit of work) if the device, within the
     * caller's reach, has a configuration version {@code expected} accepts; the device's configuration
     * version after the write comes back with its result (none when the write removed the device).
     */
    <T> Versioned<T> writeIfMatch(Caller caller, int deviceId, ExpectedVersion expected, Supplier<T> write);

    /** Any version at all ({@code If-Match: *}, the device must exist), or one of these. */
    record ExpectedVersion(boolean any, Set<Long> versions) {
        public ExpectedVersion {
            versions = Set.copyOf(versions);
        }

        public static ExpectedVersion anyVersion() {
            return new ExpectedVersion(true, Set.of());
        }

        public static ExpectedVersion oneOf(Set<Long> versions) {
            return new ExpectedVersion(false, versions);
        }

        public boolean accepts(long version) {
            return any || versions.contains(version);
        }
    }

    record Versioned<T>(T result, OptionalLong configVersion) {
    }

    /** The device's configuration is no longer at the version the caller named: 412 with the current one. */
    final class DeviceChangedSinceVersion extends RuntimeException {
        private final int deviceId;
        private final long currentVersion;

        public DeviceChangedSinceVersion(int deviceId, long currentVersion) {
            super("The device was changed since the version given in If-Match.", null, false, false);
            this.deviceId = deviceId;
            this.currentVersion = currentVersion;
        }

        public int deviceId() {
            return deviceId;
        }

        public long currentVersion() {
            return currentVersion;
        }
    }
}
