package dev.devices.application.port.out;

/**
 * Slow salted one-way hashing of what people choose: user passwords (and a first client's secret when
 * an operator chose a short one). Stored hashes name their algorithm and parameters, so that a hash
 * made with older ones still matches and is replaced at the next sign-in.
 */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);

    /** True when {@code hash} was made by another algorithm or with other parameters than {@link #hash} uses now. */
    boolean needsRehash(String hash);
}
