package dev.devices.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.devices.domain.log.ActionLogEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actions-log entry (D12): a datastream value written through the platform API. */
@Schema(name = "LogEntry")
public record LogEntryJson(String triggerUserEmail, String value, String pin, String pinType,
                           @JsonProperty("isOnline") boolean isOnline, long createdAt) {

    public static LogEntryJson of(ActionLogEntry e) {
        return new LogEntryJson(e.triggerUserEmail(), e.value(), e.pin(), e.pinType(), e.isOnline(), e.createdAt());
    }
}
