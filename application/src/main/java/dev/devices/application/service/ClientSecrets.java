package dev.devices.application.service;

import dev.devices.application.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * How OAuth client secrets are stored. A generated secret carries 256 random bits: a fast digest
 * keeps a database reader from using it, and no guessing can invert it, so checking one costs what a
 * signature costs instead of a slow hash. A secret shorter than {@value #MIN_DIGESTED_LENGTH}
 * characters (only an operator can choose one, for the first client) may be guessable, and is stored
 * as a password is. Hashes made otherwise before (PBKDF2) still match and are replaced at the next use.
 */
final class ClientSecrets {

    static final int MIN_DIGESTED_LENGTH = 32;
    private static final String DIGEST_PREFIX = "sha256$";

    private final PasswordHasher passwords;

    ClientSecrets(PasswordHasher passwords) {
        this.passwords = passwords;
    }

    String hash(String secret) {
        return secret.length() >= MIN_DIGESTED_LENGTH ? DIGEST_PREFIX + Secrets.sha256(secret) : passwords.hash(secret);
    }

    boolean matches(String secret, String hash) {
        if (hash.startsWith(DIGEST_PREFIX)) {
            return MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                    (DIGEST_PREFIX + Secrets.sha256(secret)).getBytes(StandardCharsets.US_ASCII));
        }
        return passwords.matches(secret, hash);
    }

    /** True when a stored hash of this (matching) secret is not the one {@link #hash} would store now. */
    boolean needsRehash(String secret, String hash) {
        boolean digested = hash.startsWith(DIGEST_PREFIX);
        boolean wantDigest = secret.length() >= MIN_DIGESTED_LENGTH;
        return digested != wantDigest || !digested && passwords.needsRehash(hash);
    }
}
