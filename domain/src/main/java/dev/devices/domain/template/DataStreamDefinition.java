package dev.devices.domain.template;

import dev.devices.domain.error.InvalidInput;

/** A datastream a template declares: a virtual pin ({@code v0}..{@code v255}) with a value type. */
public record DataStreamDefinition(int id, String label, String alias, String pin, DataStreamType type,
                                   Double min, Double max) {

    public static final String PIN_RULE = "dataStreams.pin must be a virtual pin v0..v255.";

    public static boolean isPin(String pin) {
        if (pin == null || !pin.matches("v\\d{1,3}")) {
            return false;
        }
        return Integer.parseInt(pin.substring(1)) <= 255;
    }

    /** Validates a declared datastream before it is stored. */
    public static void check(String label, String pin, Double min, Double max) {
        if (label == null || label.isBlank() || label.length() > 100) {
            throw InvalidInput.of("dataStreams.label", "dataStreams.label is required and should be up to 100 symbols in length.");
        }
        if (!isPin(pin)) {
            throw InvalidInput.of("dataStreams.pin", PIN_RULE);
        }
        if (min != null && max != null && min > max) {
            throw InvalidInput.of("dataStreams.min", "dataStreams.min must not be greater than dataStreams.max.");
        }
    }
}
