package dev.devices.adapter.persistence.jpa;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.out.TimelinePort;
import dev.devices.domain.organization.OrgPath;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.NewTimelineEntry;
import dev.devices.domain.timeline.TimelineEntry;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class TimelinePersistenceAdapter implements TimelinePort {

    @Override
    public TimelineEntry appendTimelineEntry(NewTimelineEntry entry) {
        if (entry.eventType() == EventType.LIFECYCLE && entry.eventId() != null) {
            return appendLifecycleEntry(entry);
        }
        TimelineEventEntity entity = new TimelineEventEntity();
        entity.deviceId = entry.deviceId();
        entity.orgId = entry.orgId();
        entity.eventId = entry.eventId();
        entity.eventType = entry.eventType().name();
        entity.eventCode = entry.eventCode();
        entity.description = entry.description();
        entity.ts = entry.ts();
        entity.persistAndFlush();
        return toDomain(entity);
    }

    /**
     * The entry and the device's kept lifecycle entry in one statement (D8 pays no extra round trip). An
     * entry older than the kept one, a late arrival with an earlier time, leaves the kept one as it is.
     */
    private static TimelineEntry appendLifecycleEntry(NewTimelineEntry entry) {
        long id = ((Number) Panache.getEntityManager().createNativeQuery("""
                        WITH entry AS (
                            INSERT INTO timeline_event (device_id, org_id, event_id, event_type, event_code, description, ts)
                            VALUES (?1, ?2, ?3, 'LIFECYCLE', ?4, ?5, ?6)
                            RETURNING id, device_id, event_id, ts
                        ), kept AS (
                            INSERT INTO device_lifecycle (device_id, event_id, entry_id, ts)
                            SELECT device_id, event_id, id, ts FROM entry
                            ON CONFLICT (device_id) DO UPDATE
                            SET event_id = excluded.event_id, entry_id = excluded.entry_id, ts = excluded.ts
                            WHERE (excluded.ts, excluded.entry_id) > (device_lifecycle.ts, device_lifecycle.entry_id)
                        )
                        SELECT id FROM entry""")
                .setParameter(1, entry.deviceId()).setParameter(2, entry.orgId()).setParameter(3, entry.eventId())
                .setParameter(4, entry.eventCode()).setParameter(5, entry.description()).setParameter(6, entry.ts())
                .getSingleResult()).longValue();
        return new TimelineEntry(id, entry.deviceId(), entry.orgId(), entry.eventId(), EventType.LIFECYCLE,
                entry.eventCode(), entry.description(), entry.ts(), false, null, null);
    }

    @Override
    public Optional<Integer> lifecycleEventId(int deviceId) {
        // by primary key: searching the weekly partitions of the timeline cost D4 a third of its speed
        return Panache.getEntityManager()
                .createNativeQuery("SELECT event_id FROM device_lifecycle WHERE device_id = ?1", Integer.class)
                .setParameter(1, deviceId)
                .getResultStream().findFirst();
    }

    @Override
    public Page<TimelineEntry> timeline(int deviceId, OrgPath recordedWithin, EventType type, PageRequest page) {
        String subtree = recordedWithin.value() + "%";
        var query = type == null
                ? TimelineEventEntity.<TimelineEventEntity>find("deviceId = ?1 and " + Subtrees.orgIn(2)
                        + " order by ts desc, id desc", deviceId, subtree)
                : TimelineEventEntity.<TimelineEventEntity>find("deviceId = ?1 and " + Subtrees.orgIn(2)
                        + " and eventType = ?3 order by ts desc, id desc", deviceId, subtree, type.name());
        return Paging.pageInIndexOrder(query, page, TimelinePersistenceAdapter::toDomain);
    }

    @Override
    public Optional<TimelineEntry> findTimelineEntry(int deviceId, OrgPath recordedWithin, long entryId) {
        return TimelineEventEntity.<TimelineEventEntity>find("deviceId = ?1 and " + Subtrees.orgIn(2) + " and id = ?3",
                        deviceId, recordedWithin.value() + "%", entryId)
                .firstResultOptional().map(TimelinePersistenceAdapter::toDomain);
    }

    @Override
    public void resolveTimelineEntry(int deviceId, long entryId, long resolvedAt, String comment) {
        // by device and id: the primary key (device_id, id, ts) of every partition serves it
        TimelineEventEntity.update("isResolved = true, resolvedAt = ?1, resolvedComment = ?2 where deviceId = ?3 and id = ?4",
                resolvedAt, comment, deviceId, entryId);
    }

    @Override
    public void clearTimeline(int deviceId) {
        TimelineEventEntity.delete("deviceId", deviceId);
        Panache.getEntityManager().createNativeQuery("DELETE FROM device_lifecycle WHERE device_id = ?1")
                .setParameter(1, deviceId).executeUpdate();
    }

    static TimelineEntry toDomain(TimelineEventEntity e) {
        return new TimelineEntry(e.id, e.deviceId, e.orgId, e.eventId, EventType.valueOf(e.eventType), e.eventCode,
                e.description, e.ts, e.isResolved, e.resolvedAt, e.resolvedComment);
    }
}
