package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;

/**
 * D13, D14, D15: a device changes owner (moving to the owner's organization), changes organization
 * (keeping its owner only if the owner belongs there), or loses its owner. Each change is recorded on
 * the device's timeline, all in one transaction.
 */
public interface TransferDeviceUseCase {

    void transferToOwner(Caller caller, int deviceId, long newUserId);

    void transferToOrganization(Caller caller, int deviceId, int newOrgId);

    void removeOwner(Caller caller, int deviceId);
}
