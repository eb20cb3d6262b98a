package dev.devices.adapter.persistence.memory;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.out.ActionLogPort;
import dev.devices.application.port.out.TimelinePort;
import dev.devices.domain.log.ActionLogEntry;
import dev.devices.domain.organization.OrgPath;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.NewTimelineEntry;
import dev.devices.domain.timeline.TimelineEntry;
import java.util.Comparator;
import java.util.Optional;

/** Timelines and actions logs: both append-only per device, read newest first. */
final class MemoryTimeline implements TimelinePort, ActionLogPort {

    private static final Comparator<TimelineEntry> NEWEST_ENTRY_FIRST =
            Comparator.comparingLong(TimelineEntry::ts).thenComparingLong(TimelineEntry::id).reversed();
    private static final Comparator<ActionLogEntry> NEWEST_LOG_FIRST =
            Comparator.comparingLong(ActionLogEntry::createdAt).thenComparingLong(ActionLogEntry::id).reversed();

    private final Store store;

    MemoryTimeline(Store store) {
        this.store = store;
    }

    @Override
    public TimelineEntry appendTimelineEntry(NewTimelineEntry e) {
        return store.apply(s -> {
            TimelineEntry entry = new TimelineEntry(s.nextLong(), e.deviceId(), e.orgId(), e.eventId(), e.eventType(),
                    e.eventCode(), e.description(), e.ts(), false, null, null);
            s.timeline.put(entry.id(), entry);
            if (entry.eventType() == EventType.LIFECYCLE && entry.eventId() != null) {
                s.latestLifecycle.merge(entry.deviceId(), entry,
                        (kept, added) -> NEWEST_ENTRY_FIRST.compare(added, kept) < 0 ? added : kept);
            }
            return entry;
        });
    }

    @Override
    public Optional<Integer> lifecycleEventId(int deviceId) {
        return store.apply(s -> Optional.ofNullable(s.latestLifecycle.get(deviceId)).map(TimelineEntry::eventId));
    }

    @Override
    public Page<TimelineEntry> timeline(int deviceId, OrgPath recordedWithin, EventType type, PageRequest page) {
        return store.apply(s -> Pages.of(s.timeline.values().stream()
                .filter(e -> e.deviceId() == deviceId && (type == null || e.eventType() == type)
                        && within(s, recordedWithin, e.orgId()))
                .sorted(NEWEST_ENTRY_FIRST).toList(), page));
    }

    @Override
    public Optional<TimelineEntry> findTimelineEntry(int deviceId, OrgPath recordedWithin, long entryId) {
        return store.apply(s -> Optional.ofNullable(s.timeline.get(entryId))
                .filter(e -> e.deviceId() == deviceId && within(s, recordedWithin, e.orgId())));
    }

    private static boolean within(State s, OrgPath subtree, int orgId) {
        var organization = s.organizations.get(orgId);
        return organization != null && subtree.contains(organization.path());
    }

    @Override
    public void resolveTimelineEntry(int deviceId, long entryId, long resolvedAt, String comment) {
        store.accept(s -> s.timeline.computeIfPresent(entryId, (id, e) -> e.deviceId() != deviceId ? e : new TimelineEntry(e.id(), e.deviceId(), e.orgId(),
                e.eventId(), e.eventType(), e.eventCode(), e.description(), e.ts(), true, resolvedAt, comment)));
    }

    @Override
    public void clearTimeline(int deviceId) {
        store.accept(s -> {
            s.timeline.values().removeIf(e -> e.deviceId() == deviceId);
            s.latestLifecycle.remove(deviceId);
        });
    }

    @Override
    public void appendLogEntry(ActionLogEntry e) {
        store.accept(s -> {
            long id = s.nextLong();
            s.actionLog.put(id, new ActionLogEntry(id, e.deviceId(), e.orgId(), e.triggerUserEmail(), e.value(), e.pin(),
                    e.pinType(), e.isOnline(), e.createdAt()));
        });
    }

    @Override
    public Page<ActionLogEntry> actionLog(int deviceId, OrgPath recordedWithin, PageRequest page) {
        return store.apply(s -> Pages.of(s.actionLog.values().stream()
                .filter(e -> e.deviceId() == deviceId && within(s, recordedWithin, e.orgId()))
                .sorted(NEWEST_LOG_FIRST).toList(), page));
    }

    @Override
    public void clearActionLog(int deviceId) {
        store.accept(s -> s.actionLog.values().removeIf(e -> e.deviceId() == deviceId));
    }
}
