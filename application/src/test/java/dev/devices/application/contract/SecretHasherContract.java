package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.port.out.SecretHasher;
import org.junit.jupiter.api.Test;

/** A secret hasher keeps no secret readable, salts every hash, and recognizes only the right secret. */
public abstract class SecretHasherContract {

    protected abstract SecretHasher hasher();

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
}
