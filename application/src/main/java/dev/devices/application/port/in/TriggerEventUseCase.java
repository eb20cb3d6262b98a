package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;

/** D17: appends a template event of the device's template to its timeline. */
public interface TriggerEventUseCase {

    void triggerEvent(Caller caller, int deviceId, String eventCode, String description);
}
