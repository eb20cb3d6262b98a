package dev.devices.domain.timeline;

import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.text.Text;

/** Limits on what a triggered event may carry. */
public final class TimelineRules {

    public static final int MAX_DESCRIPTION_LENGTH = 300;
    public static final int MAX_CODE_AND_DESCRIPTION_LENGTH = 1024;
    public static final int MAX_COMMENT_LENGTH = 1000;

    private TimelineRules() {
    }

    public static void checkTrigger(String eventCode, String description) {
        if (description == null) {
            return;
        }
        Text.optionalDescription("eventDescription", description, MAX_DESCRIPTION_LENGTH);
        if (eventCode.length() + Text.length(description) > MAX_CODE_AND_DESCRIPTION_LENGTH) {
            throw InvalidInput.of("eventDescription",
                    "eventCode and eventDescription together should be up to " + MAX_CODE_AND_DESCRIPTION_LENGTH + " symbols.");
        }
    }

    public static void checkComment(String comment) {
        Text.optionalDescription("comment", comment, MAX_COMMENT_LENGTH);
    }
}
