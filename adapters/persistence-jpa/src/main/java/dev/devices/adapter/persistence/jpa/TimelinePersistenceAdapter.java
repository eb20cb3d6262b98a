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
        // a LIFECYCLE entry also becomes the device's kept one: V11's trigger writes device_lifecycle
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
