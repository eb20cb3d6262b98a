package dev.devices.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/** Random identifiers and secrets, and the fast digest used for high-entropy tokens. */
final class Secrets {

    private Secrets() {
    }

    /** {@code bytes} random bytes as URL-safe Base64 without padding. */
    static String randomString(RandomGenerator secureRandom, int bytes) {
        byte[] buffer = new byte[bytes];
        secureRandom.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    /**
     * SHA-256 of a random token. A fast digest is enough here: the token carries 256 random bits, so
     * the hash only keeps a database reader from using stored values directly.
     */
    static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
