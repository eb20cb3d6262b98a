package dev.devices.domain.user;

import dev.devices.domain.error.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as users type it; two addresses are the same user when they are equal ignoring
 * case. The check is the practical one (local@domain.tld, no spaces), not the whole of RFC 5322.
 */
public final class Email {

    public static final int MAX_LENGTH = 254;
    private static final Pattern FORMAT =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private final String value;

    private Email(String value) {
        this.value = value;
    }

    public static Email of(String field, String value) {
        if (!isValid(value)) {
            throw InvalidInput.of(field, field + " must be a valid email address.");
        }
        return new Email(value.strip());
    }

    public static boolean isValid(String value) {
        return value != null && value.strip().length() <= MAX_LENGTH && FORMAT.matcher(value.strip()).matches();
    }

    public String value() {
        return value;
    }

    /** The form uniqueness and look-ups use. */
    public String normalized() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Email e && e.normalized().equals(normalized());
    }

    @Override
    public int hashCode() {
        return normalized().hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
