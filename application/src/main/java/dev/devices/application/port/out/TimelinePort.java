package dev.devices.application.port.out;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.organization.OrgPath;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.NewTimelineEntry;
import dev.devices.domain.timeline.TimelineEntry;
import java.util.Optional;

/**
 * Devices' timelines, newest first. Each entry keeps the organization the device was in when it was
 * recorded; reads name the subtree whose entries they may see ({@code recordedWithin}), so that after
 * a transfer the new organization does not see the former one's history.
 */
public interface TimelinePort {

    TimelineEntry appendTimelineEntry(NewTimelineEntry entry);

    /**
     * The template event of the device's newest LIFECYCLE entry (by time, then id), wherever it was
     * recorded: the lifecycle status is the device's own and stays with it through a transfer. It is
     * kept apart from the history, so it outlives the history's retention; clearing the timeline clears it.
     */
    Optional<Integer> lifecycleEventId(int deviceId);

    /** One device's entries recorded within the subtree, newest first, of one type when {@code type} is set. */
    Page<TimelineEntry> timeline(int deviceId, OrgPath recordedWithin, EventType type, PageRequest page);

    Optional<TimelineEntry> findTimelineEntry(int deviceId, OrgPath recordedWithin, long entryId);

    /** Marks the device's entry resolved (an entry of another device is left alone). */
    void resolveTimelineEntry(int deviceId, long entryId, long resolvedAt, String comment);

    void clearTimeline(int deviceId);
}
