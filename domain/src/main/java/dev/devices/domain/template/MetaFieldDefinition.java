package dev.devices.domain.template;

import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.text.Text;

/**
 * A metafield a template declares. {@code min}/{@code max} apply to {@code Number},
 * {@code options} to {@code List}; other types carry neither.
 */
public record MetaFieldDefinition(int id, String name, MetaFieldType type, boolean isMandatory,
                                  boolean includeInProvision, Double min, Double max,
                                  java.util.List<String> options) {

    public MetaFieldDefinition {
        options = options == null ? java.util.List.of() : java.util.List.copyOf(options);
    }

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_OPTIONS = 100;
    public static final int MAX_OPTION_LENGTH = 100;

    /** Validates a declared metafield before it is stored. */
    public static void check(String name, MetaFieldType type, Double min, Double max, java.util.List<String> options) {
        Text.name("metaFields.name", name, MAX_NAME_LENGTH);
        if (min != null && max != null && min > max) {
            throw InvalidInput.of("metaFields.min", "metaFields.min must not be greater than metaFields.max.");
        }
        if (type == MetaFieldType.List && (options == null || options.isEmpty()
                || options.stream().anyMatch(o -> o == null || o.isBlank()))) {
            throw InvalidInput.of("metaFields.options", "metaFields.options must list at least one non-blank option for type List.");
        }
        if (options != null) {
            if (options.size() > MAX_OPTIONS) {
                throw InvalidInput.of("metaFields.options", "metaFields.options may list up to " + MAX_OPTIONS + " options.");
            }
            options.forEach(option -> Text.optionalLine("metaFields.options", option, MAX_OPTION_LENGTH));
        }
    }
}
