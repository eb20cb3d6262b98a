package dev.devices.adapter.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Checks the PBKDF2-HMAC-SHA256 hashes earlier versions stored ({@code pbkdf2-sha256$<iterations>$<salt>$<hash>})
 * until their passwords are next used and rehashed. Nothing new is hashed this way.
 */
final class LegacyPbkdf2 {

    private static final String PREFIX = "pbkdf2-sha256$";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int HASH_BITS = 256;

    private LegacyPbkdf2() {
    }

    static boolean recognizes(String hash) {
        return hash.startsWith(PREFIX);
    }

    static boolean matches(String password, String hash) {
        String[] parts = hash.split("\\$");
        if (parts.length != 4) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, Integer.parseInt(parts[1])));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Also what the tests make old hashes with. */
    static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }
}
