package dev.devices.domain.template;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A device's value of one metafield: its type and the type's own fields (e.g. {@code value},
 * {@code selectedOption}, {@code lat}/{@code lon}). Field values are strings, numbers or nested maps.
 * A value that has not been set yet carries no fields.
 */
public record MetaFieldValue(MetaFieldType type, Map<String, Object> fields) {

    public MetaFieldValue {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static MetaFieldValue unset(MetaFieldType type) {
        return new MetaFieldValue(type, Map.of());
    }

    /** {@code DeviceName} and {@code DeviceOwner} values are derived from the device, never stored. */
    public static boolean isDerived(MetaFieldType type) {
        return type == MetaFieldType.DeviceName || type == MetaFieldType.DeviceOwner;
    }
}
