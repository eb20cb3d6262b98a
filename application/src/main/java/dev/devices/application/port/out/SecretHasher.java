package dev.devices.application.port.out;

/** Slow salted one-way hashing of client secrets and passwords. */
public interface SecretHasher {

    String hash(String secret);

    boolean matches(String secret, String hash);
}
