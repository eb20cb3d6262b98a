package dev.devices.application.port.out;

import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.NewTimelineEntry;
import dev.devices.domain.timeline.TimelineEntry;
import java.util.Optional;

/** Devices' timelines. */
public interface TimelinePort {

    TimelineEntry appendTimelineEntry(NewTimelineEntry entry);

    Optional<TimelineEntry> latestOfType(int deviceId, EventType type);
}
