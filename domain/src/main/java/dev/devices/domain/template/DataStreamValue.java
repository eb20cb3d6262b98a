package dev.devices.domain.template;

import java.util.List;

/**
 * A value a datastream holds, of one of the datastream types: it knows its stored form (text in one
 * column, read back with the datastream's type) and its JSON form. Made only by
 * {@link DataStreamValueRules#accept} (checked) or {@link DataStreamType#decode} (as stored).
 */
public sealed interface DataStreamValue
        permits DataStreamValue.Whole, DataStreamValue.Decimal, DataStreamValue.Text, DataStreamValue.Location {

    /** As stored: {@code "23"}, {@code "23.5"}, {@code "on"}, {@code "30.5,50.4"}. */
    String stored();

    /** As JSON carries it: a whole number, a number, a string, or {@code [lon, lat]}. */
    Object json();

    /** An Integer datastream's value. */
    record Whole(long value) implements DataStreamValue {
        public String stored() {
            return String.valueOf(value);
        }

        public Object json() {
            return value;
        }
    }

    /** A Double datastream's value. */
    record Decimal(double value) implements DataStreamValue {
        public String stored() {
            return String.valueOf(value);
        }

        public Object json() {
            return value;
        }
    }

    /** A String datastream's value. */
    record Text(String value) implements DataStreamValue {
        public String stored() {
            return value;
        }

        public Object json() {
            return value;
        }
    }

    /** A Location datastream's value: longitude, then latitude, as Blynk orders them. */
    record Location(double lon, double lat) implements DataStreamValue {
        public String stored() {
            return lon + "," + lat;
        }

        public Object json() {
            return List.of(lon, lat);
        }
    }
}
