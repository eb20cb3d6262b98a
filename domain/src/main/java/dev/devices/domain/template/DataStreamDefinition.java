package dev.devices.domain.template;

import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.text.Text;

/** A datastream a template declares: a virtual pin ({@code v0}..{@code v255}) with a value type. */
public record DataStreamDefinition(int id, String label, String alias, String pin, DataStreamType type,
                                   Double min, Double max) {

    public static final String PIN_RULE = "dataStreams.pin must be a virtual pin: \"v0\"..\"v255\", or 0..255 with pinType VIRTUAL.";

    public static boolean isPin(String pin) {
        if (pin == null || !pin.matches("v\\d{1,3}")) {
            return false;
        }
        return Integer.parseInt(pin.substring(1)) <= 255;
    }

    public static final int MAX_LABEL_LENGTH = 100;
    public static final int MAX_ALIAS_LENGTH = 100;

    /** Validates a declared datastream before it is stored. */
    public static void check(String label, String alias, String pin, Double min, Double max) {
        Text.name("dataStreams.label", label, MAX_LABEL_LENGTH);
        Text.optionalLine("dataStreams.alias", alias, MAX_ALIAS_LENGTH);
        if (!isPin(pin)) {
            throw InvalidInput.of("dataStreams.pin", PIN_RULE);
        }
        if (min != null && max != null && min > max) {
            throw InvalidInput.of("dataStreams.min", "dataStreams.min must not be greater than dataStreams.max.");
        }
    }
}
