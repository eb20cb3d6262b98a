package dev.devices.adapter.auth;

import dev.devices.application.port.out.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (Bouncy Castle's implementation) in the PHC string format,
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, with OWASP's parameters by default. Hashes
 * of other parameters, and the PBKDF2 hashes of earlier versions, still match; {@link #needsRehash}
 * tells the caller to replace them while the password is at hand.
 */
@ApplicationScoped
class Argon2PasswordHasher implements PasswordHasher {

    private static final String ALGORITHM = "$argon2id$v=19$";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final Cost cost;

    /** Memory in KiB, passes over it, lanes. */
    record Cost(int memoryKib, int iterations, int parallelism) {
        String phc() {
            return "m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism;
        }
    }

    @Inject
    Argon2PasswordHasher(AuthConfig config) {
        this(new Cost(config.argon2().memoryKib(), config.argon2().iterations(), config.argon2().parallelism()));
    }

    Argon2PasswordHasher(Cost cost) {
        this.cost = cost;
    }

    @Override
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return ALGORITHM + cost.phc() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(derive(password, salt, cost));
    }

    @Override
    public boolean matches(String password, String hash) {
        if (LegacyPbkdf2.recognizes(hash)) {
            return LegacyPbkdf2.matches(password, hash);
        }
        try {
            String[] parts = hash.split("\\$");
            if (parts.length != 6 || !hash.startsWith(ALGORITHM)) {
                return false;
            }
            Cost stored = parse(parts[3]);
            byte[] salt = Base64.getDecoder().decode(parts[4]);
            byte[] expected = Base64.getDecoder().decode(parts[5]);
            return MessageDigest.isEqual(expected, derive(password, salt, stored));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    @Override
    public boolean needsRehash(String hash) {
        return !hash.startsWith(ALGORITHM + cost.phc() + "$");
    }

    private static Cost parse(String phc) {
        String[] fields = phc.split(",");
        if (fields.length != 3 || !fields[0].startsWith("m=") || !fields[1].startsWith("t=") || !fields[2].startsWith("p=")) {
            throw new IllegalArgumentException("not Argon2 parameters: " + phc);
        }
        return new Cost(Integer.parseInt(fields[0].substring(2)), Integer.parseInt(fields[1].substring(2)),
                Integer.parseInt(fields[2].substring(2)));
    }

    private static byte[] derive(String password, byte[] salt, Cost cost) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKib()).withIterations(cost.iterations()).withParallelism(cost.parallelism())
                .withSalt(salt).build());
        byte[] hash = new byte[HASH_BYTES];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
        return hash;
    }

    @Override
    public String toString() {
        return "Argon2PasswordHasher[" + cost.phc() + "]";
    }
}
