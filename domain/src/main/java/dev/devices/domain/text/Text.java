package dev.devices.domain.text;

import dev.devices.domain.error.InvalidInput;

/**
 * The two shapes of free text a client can store, each with a bound: a <em>name</em> (one line, no
 * control characters at all) and a <em>description</em> (may hold tabs and line breaks, no other
 * control character). Lengths count characters (code points), as PostgreSQL's {@code varchar(n)} does.
 */
public final class Text {

    private Text() {
    }

    /** A required name: not blank, at most {@code max} characters, no control characters. */
    public static String name(String field, String value, int max) {
        if (value == null || value.isBlank() || length(value) > max) {
            throw InvalidInput.of(field, field + " is required and should be up to " + max + " symbols in length.");
        }
        return line(field, value);
    }

    /** An optional single line: null stays null; otherwise at most {@code max} characters, no control characters. */
    public static String optionalLine(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        if (length(value) > max) {
            throw tooLong(field, max);
        }
        return line(field, value);
    }

    /** An optional description: null stays null; at most {@code max} characters; tabs and line breaks allowed. */
    public static String optionalDescription(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        if (length(value) > max) {
            throw tooLong(field, max);
        }
        if (!isDescription(value)) {
            throw controlCharacters(field);
        }
        return value;
    }

    /** True when the text holds no control character (C0, DEL or C1), line breaks included. */
    public static boolean isLine(String value) {
        return value.codePoints().noneMatch(Character::isISOControl);
    }

    /** True when the text holds no control character other than tabs and line breaks. */
    public static boolean isDescription(String value) {
        return value.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    private static String line(String field, String value) {
        if (!isLine(value)) {
            throw controlCharacters(field);
        }
        return value;
    }

    private static InvalidInput tooLong(String field, int max) {
        return InvalidInput.of(field, field + " should be up to " + max + " symbols in length.");
    }

    private static InvalidInput controlCharacters(String field) {
        return InvalidInput.of(field, field + " must not contain control characters.");
    }
}
