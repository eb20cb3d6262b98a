package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;

/** D17 trigger a template event on a device, D18 resolve a timeline entry. */
public interface DeviceEventsUseCase {

    void triggerEvent(Caller caller, int deviceId, String eventCode, String description);

    void resolveEvent(Caller caller, int deviceId, long timelineEntryId, String comment);
}
