package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;

/** D14: moves a device to another organization, keeping its owner only if the owner belongs there. */
public interface TransferDeviceToOrganizationUseCase {

    void transferToOrganization(Caller caller, int deviceId, int newOrgId);
}
