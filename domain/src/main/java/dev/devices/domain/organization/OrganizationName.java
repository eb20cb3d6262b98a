package dev.devices.domain.organization;

import dev.devices.domain.error.InvalidInput;

/** An organization's name: 1..100 characters, not blank. */
public record OrganizationName(String value) {

    public static final int MAX_LENGTH = 100;

    public OrganizationName {
        if (value == null || value.isBlank() || value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw InvalidInput.of("name", "Organization name is required and should be up to " + MAX_LENGTH + " symbols in length.");
        }
        value = value.strip();
    }
}
