package dev.devices.domain.tag;

import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.text.Text;

/** A label an organization defines and puts on devices (at most {@link #MAX_PER_DEVICE} per device). */
public record Tag(int id, int orgId, String name, String color) {

    public static final int MAX_PER_DEVICE = 5;
    public static final int MAX_NAME_LENGTH = 50;

    /** Validates a new tag's name and color ({@code #rgb} or {@code #rrggbb}, optional). */
    public static void check(String name, String color) {
        Text.name("name", name, MAX_NAME_LENGTH);
        if (color != null && !color.matches("#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})")) {
            throw InvalidInput.of("color", "color must be a hex color such as #1E90FF.");
        }
    }

    /** A tag is usable on devices of its organization and of the organizations below it. */
    public boolean usableIn(Organization organization) {
        return organization.path().ids().contains(orgId);
    }
}
