package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import java.util.Objects;

/** D14: moves a device to another organization, keeping its owner only if the owner belongs there. */
public interface TransferDeviceToOrganizationUseCase {

    void transferToOrganization(TransferToOrganizationCommand command);

    /** {@code rotateToken}: the device gets a new token and the old one stops at once (beyond.md §4). */
    record TransferToOrganizationCommand(Caller caller, int deviceId, int newOrgId, boolean rotateToken) {
        public TransferToOrganizationCommand {
            Objects.requireNonNull(caller);
        }

        public TransferToOrganizationCommand(Caller caller, int deviceId, int newOrgId) {
            this(caller, deviceId, newOrgId, false);
        }
    }
}
