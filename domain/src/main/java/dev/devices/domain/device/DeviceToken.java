package dev.devices.domain.device;

import java.util.Base64;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The secret a device authenticates with: 32 characters of {@code [A-Za-z0-9_-]}, i.e. 192 random
 * bits in URL-safe Base64. Generate it only from a cryptographically strong source.
 */
public final class DeviceToken {

    public static final int LENGTH = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
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
        return value != null && FORMAT.matcher(value).matches();
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
