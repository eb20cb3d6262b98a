package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;

/** D18: marks a timeline entry resolved (the first resolution stays). */
public interface ResolveEventUseCase {

    void resolveEvent(Caller caller, int deviceId, long timelineEntryId, String comment);
}
