package dev.devices.domain.template;

import dev.devices.domain.error.InvalidInput;

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

    /** Validates a declared metafield before it is stored. */
    public static void check(String name, MetaFieldType type, Double min, Double max, java.util.List<String> options) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw InvalidInput.of("metaFields.name", "metaFields.name is required and should be up to 100 symbols in length.");
        }
        if (min != null && max != null && min > max) {
            throw InvalidInput.of("metaFields.min", "metaFields.min must not be greater than metaFields.max.");
        }
        if (type == MetaFieldType.List && (options == null || options.isEmpty()
                || options.stream().anyMatch(o -> o == null || o.isBlank()))) {
            throw InvalidInput.of("metaFields.options", "metaFields.options must list at least one non-blank option for type List.");
        }
    }
}
