package dev.devices.adapter.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.contract.PasswordHasherContract;
import dev.devices.application.port.out.PasswordHasher;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The Argon2id hasher passes the password-hasher contract; hashes of other parameters and the PBKDF2
 * hashes of earlier versions still match, and are marked for rehashing.
 */
class Argon2PasswordHasherTest extends PasswordHasherContract {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(new Argon2PasswordHasher.Cost(1024, 1, 1));

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }

    @Test
    void hashesAreArgon2idInThePhcFormatWithTheirParameters() {
        assertThat(hasher.hash("x")).matches("\\$argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void owaspsParametersAreTheDefault() {
        Argon2PasswordHasher owasp = new Argon2PasswordHasher(new Argon2PasswordHasher.Cost(19456, 2, 1));
        assertThat(owasp.hash("x")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void aHashOfOtherParametersStillMatchesAndAsksForARehash() {
        String old = new Argon2PasswordHasher(new Argon2PasswordHasher.Cost(2048, 1, 1)).hash("long-lived password");
        assertThat(hasher.matches("long-lived password", old)).isTrue();
        assertThat(hasher.needsRehash(old)).isTrue();
    }

    @Test
    void aPbkdf2HashOfAnEarlierVersionStillMatchesAndAsksForARehash() {
        byte[] salt = "sixteen byte slt".getBytes();
        String old = "pbkdf2-sha256$1000$" + Base64.getEncoder().withoutPadding().encodeToString(salt) + "$"
                + Base64.getEncoder().withoutPadding().encodeToString(LegacyPbkdf2.derive("from 2025", salt, 1000));
        assertThat(hasher.matches("from 2025", old)).isTrue();
        assertThat(hasher.matches("from 2024", old)).isFalse();
        assertThat(hasher.needsRehash(old)).isTrue();
    }

    @Test
    void malformedHashesMatchNothing() {
        assertThat(hasher.matches("x", "$argon2id$v=19$m=abc,t=1,p=1$AAAA$AAAA")).isFalse();
        assertThat(hasher.matches("x", "$argon2id$v=19$m=1024,t=1,p=1$not base64!$AAAA")).isFalse();
        assertThat(hasher.matches("x", "pbkdf2-sha256$x$y")).isFalse();
    }
}
