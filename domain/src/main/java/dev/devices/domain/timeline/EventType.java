package dev.devices.domain.timeline;

import dev.devices.domain.error.InvalidInput;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of timeline entries, spelled as on the wire. */
public enum EventType {
    ONLINE, OFFLINE, INFORMATION, WARNING, CRITICAL, CONTENT, INACTIVE, LIFECYCLE, NOTE;

    public static final String ACCEPTED = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));

    /** Parses a wire value; anything else is a 400 naming {@code field}. */
    public static EventType parse(String field, String value) {
        for (EventType type : values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        throw InvalidInput.of(field, field + " must be one of " + ACCEPTED + ".");
    }
}
