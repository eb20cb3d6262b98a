package dev.devices.domain.template;

import dev.devices.domain.device.DeviceName;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A device's value of one metafield, one record per {@link MetaFieldType}, or {@link Unset} before
 * it is set. {@link #fields()} is the shape Blynk shows beside the metafield's type (e.g.
 * {@code {"value": 21.5}}, {@code {"selectedOption": "B"}}, {@code {"lat": .., "lon": ..}}) and the
 * shape the stores keep; {@link #fromFields} reads it back. {@link MetaFieldValueRules} builds
 * values from what a client sent.
 */
public sealed interface MetaFieldValue {

    MetaFieldType type();

    /** The type's fields as the wire and the stores carry them; empty when unset. */
    Map<String, Object> fields();

    static MetaFieldValue unset(MetaFieldType type) {
        return new Unset(type);
    }

    /**
     * The value {@link #fields()} gave, read back from a store. What a store returns was written by
     * {@link #fields()}, so a field of the wrong shape is a broken store, not bad input.
     */
    static MetaFieldValue fromFields(MetaFieldType type, Map<String, ?> fields) {
        if (fields.isEmpty()) {
            return new Unset(type);
        }
        return switch (type) {
            case Text -> new TextValue(string(fields, "value"));
            case Number -> new NumberValue(decimal(fields, "value"));
            case Email -> new EmailValue(string(fields, "value"));
            case List -> new ListSelection(string(fields, "selectedOption"));
            case Coordinates -> new Coordinates(decimal(fields, "lat"), decimal(fields, "lon"));
            case Contact -> new Contact(optional(fields, "firstName"), optional(fields, "lastName"),
                    optional(fields, "email"), optional(fields, "phone"));
            case DeviceName -> new DeviceNameValue(DeviceName.of(string(fields, "value")));
            case DeviceOwner -> new DeviceOwnerValue(string(fields, "value"));
        };
    }

    /** A {@code DeviceName} value renames the device instead of being stored: the name it gives. */
    default Optional<DeviceName> deviceName() {
        return this instanceof DeviceNameValue named ? Optional.of(named.name()) : Optional.empty();
    }

    /** {@code DeviceName} and {@code DeviceOwner} values are derived from the device, never stored. */
    static boolean isDerived(MetaFieldType type) {
        return type == MetaFieldType.DeviceName || type == MetaFieldType.DeviceOwner;
    }

    /** Not set yet: the metafield's type and no fields. */
    record Unset(MetaFieldType type) implements MetaFieldValue {
        public Unset {
            Objects.requireNonNull(type);
        }

        public Map<String, Object> fields() {
            return Map.of();
        }
    }

    record TextValue(String value) implements MetaFieldValue {
        public MetaFieldType type() {
            return MetaFieldType.Text;
        }

        public Map<String, Object> fields() {
            return Map.of("value", value);
        }
    }

    /** Kept as a decimal so that {@code 21} stays {@code 21} and {@code 21.5} stays {@code 21.5} on the wire. */
    record NumberValue(BigDecimal value) implements MetaFieldValue {
        public MetaFieldType type() {
            return MetaFieldType.Number;
        }

        public Map<String, Object> fields() {
            return Map.of("value", value);
        }
    }

    record EmailValue(String value) implements MetaFieldValue {
        public MetaFieldType type() {
            return MetaFieldType.Email;
        }

        public Map<String, Object> fields() {
            return Map.of("value", value);
        }
    }

    /** One of the List metafield's options. */
    record ListSelection(String selectedOption) implements MetaFieldValue {
        public MetaFieldType type() {
            return MetaFieldType.List;
        }

        public Map<String, Object> fields() {
            return Map.of("selectedOption", selectedOption);
        }
    }

    record Coordinates(BigDecimal lat, BigDecimal lon) implements MetaFieldValue {
        public MetaFieldType type() {
            return MetaFieldType.Coordinates;
        }

        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("lat", lat);
            fields.put("lon", lon);
            return fields;
        }
    }

    /** Each part optional; only the parts given appear in {@link #fields()}. */
    record Contact(String firstName, String lastName, String email, String phone) implements MetaFieldValue {
        public MetaFieldType type() {
            return MetaFieldType.Contact;
        }

        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            putIfGiven(fields, "firstName", firstName);
            putIfGiven(fields, "lastName", lastName);
            putIfGiven(fields, "email", email);
            putIfGiven(fields, "phone", phone);
            return fields;
        }

        private static void putIfGiven(Map<String, Object> fields, String name, String value) {
            if (value != null) {
                fields.put(name, value);
            }
        }
    }

    /** The device's name shown as a metafield; setting it renames the device. */
    record DeviceNameValue(DeviceName name) implements MetaFieldValue {
        public MetaFieldType type() {
            return MetaFieldType.DeviceName;
        }

        public Map<String, Object> fields() {
            return Map.of("value", name.value());
        }
    }

    /** The owner's email shown as a metafield; read-only. */
    record DeviceOwnerValue(String email) implements MetaFieldValue {
        public MetaFieldType type() {
            return MetaFieldType.DeviceOwner;
        }

        public Map<String, Object> fields() {
            return Map.of("value", email);
        }
    }

    private static String string(Map<String, ?> fields, String name) {
        return (String) Objects.requireNonNull(fields.get(name), name);
    }

    private static String optional(Map<String, ?> fields, String name) {
        return (String) fields.get(name);
    }

    private static BigDecimal decimal(Map<String, ?> fields, String name) {
        return new BigDecimal(Objects.requireNonNull(fields.get(name), name).toString());
    }
}
