package dev.devices.domain.organization;

import dev.devices.domain.error.InvalidInput;
import java.time.DateTimeException;
import java.time.ZoneId;

/** An IANA time zone id such as {@code Europe/Kyiv}; the default is UTC. */
public record TimeZoneId(String value) {

    public static final TimeZoneId UTC = new TimeZoneId("UTC");

    public TimeZoneId {
        try {
            ZoneId.of(value);
        } catch (DateTimeException | NullPointerException e) {
            throw InvalidInput.of("tz", "tz must be an IANA time zone id such as 'Europe/Kyiv'.");
        }
    }

    public static TimeZoneId ofNullable(String value) {
        return value == null ? UTC : new TimeZoneId(value);
    }
}
