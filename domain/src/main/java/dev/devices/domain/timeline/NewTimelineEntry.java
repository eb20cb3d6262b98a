package dev.devices.domain.timeline;

/** A timeline entry about to be appended. */
public record NewTimelineEntry(int deviceId, int orgId, Integer eventId, EventType eventType, String eventCode,
                               String description, long ts) {
}
