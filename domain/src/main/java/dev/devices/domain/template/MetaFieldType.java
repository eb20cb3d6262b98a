package dev.devices.domain.template;

import dev.devices.domain.error.InvalidInput;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The metafield types, named as Blynk names them. */
public enum MetaFieldType {
    Text, Number, Email, List, Coordinates, Contact, DeviceName, DeviceOwner;

    public static final String ACCEPTED = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));

    public static MetaFieldType parse(String field, String value) {
        for (MetaFieldType type : values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        throw InvalidInput.of(field, field + " must be one of " + ACCEPTED + ".");
    }
}
