package dev.devices.domain.organization;

import dev.devices.domain.text.Text;

/** An organization's name: 1..100 characters, not blank, no control characters. */
public record OrganizationName(String value) {

    public static final int MAX_LENGTH = 100;

    public OrganizationName {
        Text.name("name", value, MAX_LENGTH);
        value = value.strip();
    }
}
