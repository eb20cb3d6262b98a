package dev.devices.adapter.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.contract.SecretHasherContract;
import dev.devices.application.port.out.SecretHasher;
import org.junit.jupiter.api.Test;

/** The PBKDF2 hasher passes the secret-hasher contract, and a raised work factor keeps old hashes valid. */
class Pbkdf2SecretHasherTest extends SecretHasherContract {

    private final Pbkdf2SecretHasher hasher = new Pbkdf2SecretHasher(1_000);

    @Override
    protected SecretHasher hasher() {
        return hasher;
    }

    @Test
    void hashesNameTheirAlgorithmAndWorkFactor() {
        assertThat(hasher.hash("x")).startsWith("pbkdf2-sha256$1000$");
    }

    @Test
    void aHashMadeWithFewerIterationsStillMatchesAfterTheFactorIsRaised() {
        String old = hasher.hash("long-lived secret");
        assertThat(new Pbkdf2SecretHasher(2_000).matches("long-lived secret", old)).isTrue();
    }
}
