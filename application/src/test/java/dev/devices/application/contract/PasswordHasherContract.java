package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.port.out.PasswordHasher;
import org.junit.jupiter.api.Test;

/**
 * A password hasher keeps no password readable, salts every hash, recognizes only the right password,
 * and does not ask to rehash what it has just hashed.
 */
public abstract class PasswordHasherContract {

    protected abstract PasswordHasher hasher();

    @Test
    void theHashDoesNotContainTheSecretAndMatchesIt() {
        String hash = hasher().hash("correct horse battery staple");
        assertThat(hash).doesNotContain("correct horse battery staple");
        assertThat(hasher().matches("correct horse battery staple", hash)).isTrue();
    }

    @Test
    void otherSecretsDoNotMatch() {
        String hash = hasher().hash("s3cret");
        assertThat(hasher().matches("s3cret ", hash)).isFalse();
        assertThat(hasher().matches("S3cret", hash)).isFalse();
        assertThat(hasher().matches("", hash)).isFalse();
    }

    @Test
    void theSameSecretHashesDifferentlyEachTime() {
        assertThat(hasher().hash("same")).isNotEqualTo(hasher().hash("same"));
    }

    @Test
    void aMalformedStoredHashMatchesNothing() {
        assertThat(hasher().matches("anything", "not-a-hash")).isFalse();
    }

    @Test
    void aFreshHashNeedsNoRehashButAForeignOneDoes() {
        assertThat(hasher().needsRehash(hasher().hash("fresh"))).isFalse();
        assertThat(hasher().needsRehash("md5$5f4dcc3b5aa765d61d8327deb882cf99")).isTrue();
    }
}
