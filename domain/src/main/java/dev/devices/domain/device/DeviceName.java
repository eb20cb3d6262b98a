package dev.devices.domain.device;

import dev.devices.domain.error.InvalidInput;
import java.util.regex.Pattern;

/**
 * A device name: 1..50 characters of letters (any script), digits, spaces, apostrophes, underscores
 * and hyphens, not blank. An invalid name cannot be constructed.
 */
public final class DeviceName {

    public static final int MAX_LENGTH = 50;
    public static final String RULE = "Device name should be up to 50 symbols in length and may contain only letters,"
            + " digits, spaces, apostrophes, underscores and hyphens.";
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{Nd} '_-]+");

    private final String value;

    private DeviceName(String value) {
        this.value = value;
    }

    public static DeviceName of(String value) {
        if (!isValid(value)) {
            throw InvalidInput.of("name", RULE);
        }
        return new DeviceName(value);
    }

    public static boolean isValid(String value) {
        return value != null
                && !value.isBlank()
                && value.codePointCount(0, value.length()) <= MAX_LENGTH
                && ALLOWED.matcher(value).matches();
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeviceName n && n.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
