package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import java.util.Objects;

/** D14: moves a device to another organization, keeping its owner only if the owner belongs there. */
public interface TransferDeviceToOrganizationUseCase {

    void transferToOrganization(TransferToOrganizationCommand command);

    record TransferToOrganizationCommand(Caller caller, int deviceId, int newOrgId) {
        public TransferToOrganizationCommand {
            Objects.requireNonNull(caller);
        }
    }
}
