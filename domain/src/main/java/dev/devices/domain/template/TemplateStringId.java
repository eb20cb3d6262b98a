package dev.devices.domain.template;

import java.util.random.RandomGenerator;

/** A template's public string id: {@code TMPL} followed by 9 letters or digits, e.g. {@code TMPL84aMXD6vd}. */
public record TemplateStringId(String value) {

    private static final String PREFIX = "TMPL";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int RANDOM_PART = 9;

    public TemplateStringId {
        if (!looksLikeOne(value)) {
            throw new IllegalArgumentException("a template string id is TMPL followed by 9 letters or digits");
        }
    }

    public static boolean looksLikeOne(String value) {
        return value != null && value.matches(PREFIX + "[A-Za-z0-9]{" + RANDOM_PART + "}");
    }

    public static TemplateStringId generate(RandomGenerator random) {
        StringBuilder id = new StringBuilder(PREFIX);
        for (int i = 0; i < RANDOM_PART; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new TemplateStringId(id.toString());
    }
}
