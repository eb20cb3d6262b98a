package dev.devices.domain.template;

import dev.devices.domain.error.InvalidInput;
import java.math.BigInteger;
import java.util.List;

/**
 * Checks a value written to a datastream against its type and range and gives the typed value:
 * Integer a whole number, Double any finite number, String text up to {@value #MAX_STRING_LENGTH}
 * characters, Location {@code [lon, lat]} within their ranges.
 */
public final class DataStreamValueRules {

    public static final int MAX_STRING_LENGTH = 1024;

    private DataStreamValueRules() {
    }

    /** The value, checked against the datastream's type and range; JSON's shapes in, a typed value out. */
    public static DataStreamValue accept(DataStreamDefinition stream, Object value) {
        return switch (stream.type()) {
            case Integer -> {
                if (!(value instanceof java.lang.Integer || value instanceof Long
                        || value instanceof BigInteger big && big.bitLength() < Long.SIZE)) {
                    throw invalid(stream, "expected a whole number");
                }
                yield new DataStreamValue.Whole(inRange(stream, (Number) value).longValue());
            }
            case Double -> {
                if (!(value instanceof Number n) || !java.lang.Double.isFinite(n.doubleValue())) {
                    throw invalid(stream, "expected a number");
                }
                yield new DataStreamValue.Decimal(inRange(stream, n).doubleValue());
            }
            case String -> {
                if (!(value instanceof java.lang.String s) || s.length() > MAX_STRING_LENGTH) {
                    throw invalid(stream, "expected a string of up to " + MAX_STRING_LENGTH + " characters");
                }
                yield new DataStreamValue.Text(s);
            }
            case Location -> {
                if (!(value instanceof List<?> pair) || pair.size() != 2
                        || !(pair.get(0) instanceof Number lon) || !(pair.get(1) instanceof Number lat)
                        || !(Math.abs(lon.doubleValue()) <= 180) || !(Math.abs(lat.doubleValue()) <= 90)) {
                    throw invalid(stream, "expected [lon, lat] with lon in -180..180 and lat in -90..90");
                }
                yield new DataStreamValue.Location(lon.doubleValue(), lat.doubleValue());
            }
        };
    }

    private static Number inRange(DataStreamDefinition stream, Number n) {
        double d = n.doubleValue();
        if ((stream.min() != null && d < stream.min()) || (stream.max() != null && d > stream.max())) {
            throw invalid(stream, "outside " + stream.min() + ".." + stream.max());
        }
        return n;
    }

    private static InvalidInput invalid(DataStreamDefinition stream, String rule) {
        return InvalidInput.of("value", "The value for datastream " + stream.id() + " (" + stream.pin() + ") is invalid: "
                + rule + ".");
    }
}
