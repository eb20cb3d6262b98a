package dev.devices.domain.timeline;

/**
 * One entry of a device's timeline. {@code eventId} is the template event it instantiates, when any;
 * {@code ts}, {@code resolvedAt} are epoch milliseconds.
 */
public record TimelineEntry(long id, int deviceId, int orgId, Integer eventId, EventType eventType, String eventCode,
                            String description, long ts, boolean isResolved, Long resolvedAt, String resolvedComment) {
}
