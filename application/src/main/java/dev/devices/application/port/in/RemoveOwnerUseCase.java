package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;

/** D15: a device loses its owner. Recorded on the timeline. */
public interface RemoveOwnerUseCase {

    void removeOwner(Caller caller, int deviceId);
}
