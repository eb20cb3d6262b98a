package dev.devices.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.devices.domain.timeline.TimelineEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A timeline entry (D11); {@code eventId} is the template event it instantiates, when any. */
@Schema(name = "TimelineEvent")
public record TimelineEventJson(long id, Integer eventId, int orgId, String eventType, String eventCode,
                                String description, long ts, @JsonProperty("isResolved") boolean isResolved,
                                Long resolvedAt, String resolvedComment) {

    public static TimelineEventJson of(TimelineEntry e) {
        return new TimelineEventJson(e.id(), e.eventId(), e.orgId(), e.eventType().name(), e.eventCode(), e.description(),
                e.ts(), e.isResolved(), e.resolvedAt(), e.resolvedComment());
    }
}
