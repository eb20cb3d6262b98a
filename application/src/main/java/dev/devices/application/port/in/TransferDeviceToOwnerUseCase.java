package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import java.util.Objects;

/** D13: gives a device to another user; it moves to the user's organization. Recorded on the timeline. */
public interface TransferDeviceToOwnerUseCase {

    void transferToOwner(TransferToOwnerCommand command);

    /** {@code rotateToken}: the device gets a new token and the old one stops at once (beyond.md §4). */
    record TransferToOwnerCommand(Caller caller, int deviceId, long newUserId, boolean rotateToken) {
        public TransferToOwnerCommand {
            Objects.requireNonNull(caller);
        }

        public TransferToOwnerCommand(Caller caller, int deviceId, long newUserId) {
            this(caller, deviceId, newUserId, false);
        }
    }
}
