package dev.devices.application.port.in;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.access.Caller;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.TimelineEntry;

/** D11: a device's timeline, newest first; only entries of {@code type} when it is set. */
public interface GetTimelineUseCase {

    Page<TimelineEntry> timeline(Caller caller, int deviceId, EventType type, PageRequest page);
}
