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

    /** A stored value read back as this type. */
    public DataStreamValue decode(java.lang.String stored) {
        return switch (this) {
            case Integer -> new DataStreamValue.Whole(Long.parseLong(stored));
            case Double -> new DataStreamValue.Decimal(java.lang.Double.parseDouble(stored));
            case String -> new DataStreamValue.Text(stored);
            case Location -> {
                int comma = stored.indexOf(',');
                yield new DataStreamValue.Location(java.lang.Double.parseDouble(stored.substring(0, comma)),
                        java.lang.Double.parseDouble(stored.substring(comma + 1)));
            }
        };
    }
}
