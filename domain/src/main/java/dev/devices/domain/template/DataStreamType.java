package dev.devices.domain.template;

import dev.devices.domain.error.InvalidInput;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The value types a datastream can carry, and how a stored value reads: Integer as a whole number,
 * Double as a number, String as is, Location as {@code [lon, lat]} (stored {@code "lon,lat"}).
 */
public enum DataStreamType {
    Integer, Double, String, Location;

    public static final java.lang.String ACCEPTED = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));

    public static DataStreamType parse(java.lang.String field, java.lang.String value) {
        for (DataStreamType type : values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        throw InvalidInput.of(field, field + " must be one of " + ACCEPTED + ".");
    }

    /** The wire form of a stored value: a Long, a java.lang.Double, a String or a two-element list. */
    public Object decode(java.lang.String stored) {
        return switch (this) {
            case Integer -> Long.parseLong(stored);
            case Double -> java.lang.Double.parseDouble(stored);
            case String -> stored;
            case Location -> Arrays.stream(stored.split(",")).map(java.lang.Double::parseDouble).toList();
        };
    }
}
