package dev.devices.domain.template;

import dev.devices.domain.device.DeviceName;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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

    /** A {@code DeviceName} value renames the device instead of being stored: the name it gives, for that type. */
    public Optional<DeviceName> deviceName() {
        return type == MetaFieldType.DeviceName && fields.get("value") instanceof String name
                ? Optional.of(DeviceName.of(name)) : Optional.empty();
    }

    /** {@code DeviceName} and {@code DeviceOwner} values are derived from the device, never stored. */
    public static boolean isDerived(MetaFieldType type) {
        return type == MetaFieldType.DeviceName || type == MetaFieldType.DeviceOwner;
    }
}
