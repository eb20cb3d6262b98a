package dev.devices.application.port.out;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.NewTimelineEntry;
import dev.devices.domain.timeline.TimelineEntry;
import java.util.Optional;

/** Devices' timelines, newest first. */
public interface TimelinePort {

    TimelineEntry appendTimelineEntry(NewTimelineEntry entry);

    Optional<TimelineEntry> latestOfType(int deviceId, EventType type);

    /** One device's entries, newest first, of one type when {@code type} is set. */
    Page<TimelineEntry> timeline(int deviceId, EventType type, PageRequest page);

    Optional<TimelineEntry> findTimelineEntry(int deviceId, long entryId);

    void resolveTimelineEntry(long entryId, long resolvedAt, String comment);

    void clearTimeline(int deviceId);
}
