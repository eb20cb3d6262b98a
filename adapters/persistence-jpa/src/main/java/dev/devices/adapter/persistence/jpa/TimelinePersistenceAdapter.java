package dev.devices.adapter.persistence.jpa;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.out.TimelinePort;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.NewTimelineEntry;
import dev.devices.domain.timeline.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class TimelinePersistenceAdapter implements TimelinePort {

    @Override
    public TimelineEntry appendTimelineEntry(NewTimelineEntry entry) {
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
    public Optional<TimelineEntry> latestOfType(int deviceId, EventType type) {
        return TimelineEventEntity.<TimelineEventEntity>find("deviceId = ?1 and eventType = ?2 order by ts desc, id desc",
                deviceId, type.name()).firstResultOptional().map(TimelinePersistenceAdapter::toDomain);
    }

    @Override
    public Page<TimelineEntry> timeline(int deviceId, EventType type, PageRequest page) {
        var query = type == null
                ? TimelineEventEntity.<TimelineEventEntity>find("deviceId = ?1 order by ts desc, id desc", deviceId)
                : TimelineEventEntity.<TimelineEventEntity>find("deviceId = ?1 and eventType = ?2 order by ts desc, id desc",
                        deviceId, type.name());
        return Paging.page(query, page, TimelinePersistenceAdapter::toDomain);
    }

    @Override
    public Optional<TimelineEntry> findTimelineEntry(int deviceId, long entryId) {
        return TimelineEventEntity.<TimelineEventEntity>find("id = ?1 and deviceId = ?2", entryId, deviceId)
                .firstResultOptional().map(TimelinePersistenceAdapter::toDomain);
    }

    @Override
    public void resolveTimelineEntry(long entryId, long resolvedAt, String comment) {
        TimelineEventEntity.update("isResolved = true, resolvedAt = ?1, resolvedComment = ?2 where id = ?3",
                resolvedAt, comment, entryId);
    }

    @Override
    public void clearTimeline(int deviceId) {
        TimelineEventEntity.delete("deviceId", deviceId);
    }

    static TimelineEntry toDomain(TimelineEventEntity e) {
        return new TimelineEntry(e.id, e.deviceId, e.orgId, e.eventId, EventType.valueOf(e.eventType), e.eventCode,
                e.description, e.ts, e.isResolved, e.resolvedAt, e.resolvedComment);
    }
}
