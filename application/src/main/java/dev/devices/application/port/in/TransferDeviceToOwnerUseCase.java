package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;

/** D13: gives a device to another user; it moves to the user's organization. Recorded on the timeline. */
public interface TransferDeviceToOwnerUseCase {

    void transferToOwner(Caller caller, int deviceId, long newUserId);
}
