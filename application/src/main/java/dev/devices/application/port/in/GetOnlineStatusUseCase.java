package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;

/** D9: whether the device is connected now. */
public interface GetOnlineStatusUseCase {

    boolean isOnline(Caller caller, int deviceId);
}
