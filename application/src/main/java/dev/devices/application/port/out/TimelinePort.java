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
     * The device's newest entry of the type, wherever it was recorded: the lifecycle status it gives
     * is the device's own, named by an event of its template, which stays with it through a transfer.
     */
    Optional<TimelineEntry> latestOfType(int deviceId, EventType type);

    /** One device's entries recorded within the subtree, newest first, of one type when {@code type} is set. */
    Page<TimelineEntry> timeline(int deviceId, OrgPath recordedWithin, EventType type, PageRequest page);

    Optional<TimelineEntry> findTimelineEntry(int deviceId, OrgPath recordedWithin, long entryId);

    /** Marks the device's entry resolved (an entry of another device is left alone). */
    void resolveTimelineEntry(int deviceId, long entryId, long resolvedAt, String comment);

    void clearTimeline(int deviceId);
}
