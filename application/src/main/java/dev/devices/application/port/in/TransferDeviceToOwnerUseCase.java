package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import java.util.Objects;

/** D13: gives a device to another user; it moves to the user's organization. Recorded on the timeline. */
public interface TransferDeviceToOwnerUseCase {

    void transferToOwner(TransferToOwnerCommand command);

    record TransferToOwnerCommand(Caller caller, int deviceId, long newUserId) {
        public TransferToOwnerCommand {
            Objects.requireNonNull(caller);
        }
    }
}
