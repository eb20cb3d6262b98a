package dev.devices.domain.template;

import dev.devices.domain.device.DeviceName;
import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.template.MetaFieldValue.Contact;
import dev.devices.domain.template.MetaFieldValue.Coordinates;
import dev.devices.domain.template.MetaFieldValue.DeviceNameValue;
import dev.devices.domain.template.MetaFieldValue.EmailValue;
import dev.devices.domain.template.MetaFieldValue.ListSelection;
import dev.devices.domain.template.MetaFieldValue.NumberValue;
import dev.devices.domain.template.MetaFieldValue.TextValue;
import dev.devices.domain.text.Text;
import dev.devices.domain.user.Email;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Turns a {@code newValue} sent for a metafield into the stored value, or rejects it with Blynk's
 * message. Values arrive as JSON parses them: strings, numbers, booleans, maps and lists.
 */
public final class MetaFieldValueRules {

    public static final String INVALID = "The provided value for metafield is invalid.";
    public static final int MAX_TEXT_LENGTH = 255;
    private static final int MAX_CONTACT_FIELD_LENGTH = 100;

    private MetaFieldValueRules() {
    }

    public static MetaFieldValue accept(MetaFieldDefinition definition, Object newValue) {
        MetaFieldType type = definition.type();
        return switch (type) {
            case Text -> new TextValue(text(newValue, MAX_TEXT_LENGTH));
            case Number -> new NumberValue(number(newValue, definition.min(), definition.max()));
            case Email -> new EmailValue(email(newValue));
            case List -> new ListSelection(option(newValue, definition));
            case Coordinates -> coordinates(newValue);
            case Contact -> contact(newValue);
            case DeviceName -> {
                if (!(newValue instanceof String name) || !DeviceName.isValid(name)) {
                    throw invalid();
                }
                yield new DeviceNameValue(DeviceName.of(name));
            }
            case DeviceOwner -> throw InvalidInput.of("newValue",
                    "The DeviceOwner metafield is read-only: transfer the device to change its owner.");
        };
    }

    /** Text of at most {@code maxLength} characters; line breaks and tabs allowed, no other control character. */
    private static String text(Object value, int maxLength) {
        if (!(value instanceof String s) || Text.length(s) > maxLength || !Text.isDescription(s)) {
            throw invalid();
        }
        return s;
    }

    private static BigDecimal number(Object value, Double min, Double max) {
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw invalid();
        }
        double d = n.doubleValue();
        if ((min != null && d < min) || (max != null && d > max)) {
            throw invalid();
        }
        return new BigDecimal(n.toString()); // as the client wrote it: 21 stays 21, 21.5 stays 21.5
    }

    private static String email(Object value) {
        if (!(value instanceof String s) || !Email.isValid(s)) {
            throw invalid();
        }
        return s.strip();
    }

    private static String option(Object value, MetaFieldDefinition definition) {
        if (!(value instanceof String s) || !definition.options().contains(s)) {
            throw invalid();
        }
        return s;
    }

    private static MetaFieldValue coordinates(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid();
        }
        return new Coordinates(number(map.get("lat"), -90.0, 90.0), number(map.get("lon"), -180.0, 180.0));
    }

    private static MetaFieldValue contact(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid();
        }
        return new Contact(contactText(map.get("firstName")), contactText(map.get("lastName")),
                map.get("email") == null ? null : email(map.get("email")), contactText(map.get("phone")));
    }

    private static String contactText(Object field) {
        return field == null ? null : text(field, MAX_CONTACT_FIELD_LENGTH);
    }

    private static InvalidInput invalid() {
        return InvalidInput.of("newValue", INVALID);
    }
}
