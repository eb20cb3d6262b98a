package dev.devices.domain.template;

import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.text.Text;
import dev.devices.domain.timeline.EventType;

/** An event a template declares; devices of the template can have it triggered by its code. */
public record TemplateEvent(int id, String name, String eventCode, EventType type) {

    public static final int MAX_CODE_LENGTH = 50;
    public static final int MAX_NAME_LENGTH = 100;

    /** Validates a declared event before it is stored. */
    public static void check(String name, String eventCode) {
        Text.name("events.name", name, MAX_NAME_LENGTH);
        if (eventCode == null || !eventCode.matches("[A-Za-z0-9_]{1," + MAX_CODE_LENGTH + "}")) {
            throw InvalidInput.of("events.eventCode",
                    "events.eventCode is required: 1.." + MAX_CODE_LENGTH + " letters, digits or underscores.");
        }
    }
}
