package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;

/** D16: erases values and their history, timeline, actions log and connection statistics. */
public interface ClearDeviceDataUseCase {

    void clearData(Caller caller, int deviceId);
}
