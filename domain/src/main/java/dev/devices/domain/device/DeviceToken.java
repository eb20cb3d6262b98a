package dev.devices.domain.device;

import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * The secret a device authenticates with: 32 characters of {@code [A-Za-z0-9_-]}, i.e. 192 random
 * bits in URL-safe Base64. Generate it only from a cryptographically strong source.
 */
public final class DeviceToken {

    public static final int LENGTH = 32;
    private static final int RANDOM_BYTES = 24;

    private final String value;

    private DeviceToken(String value) {
        this.value = value;
    }

    /** @param secureRandom a CSPRNG such as {@code java.security.SecureRandom} */
    public static DeviceToken generate(RandomGenerator secureRandom) {
        byte[] bytes = new byte[RANDOM_BYTES];
        secureRandom.nextBytes(bytes);
        return new DeviceToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** True when {@code value} has a device token's shape (whether any device has it is another question). */
    public static boolean looksLikeOne(String value) {
        if (value == null || value.length() != LENGTH) {
            return false;
        }
        // a loop, not a regular expression: every device call asks, before its token is looked up
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            boolean allowed = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    public static DeviceToken of(String value) {
        if (!looksLikeOne(value)) {
            throw new IllegalArgumentException("a device token is 32 characters of [A-Za-z0-9_-]");
        }
        return new DeviceToken(value);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeviceToken t && t.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Never prints the secret itself. */
    @Override
    public String toString() {
        return "DeviceToken[" + value.substring(0, 4) + "…]";
    }
}
