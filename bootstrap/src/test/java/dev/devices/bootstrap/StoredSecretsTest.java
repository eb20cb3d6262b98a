package dev.devices.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Api.User;
import dev.devices.bootstrap.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * How secrets rest in the database: passwords as Argon2id, generated client secrets (256 random bits)
 * as a SHA-256 digest, an operator's short first-client secret as a password. The PBKDF2 hashes of
 * earlier versions still sign in, and are replaced by the current form on that sign-in.
 */
@QuarkusTest
class StoredSecretsTest {

    @Inject
    DataSource dataSource;

    @Test
    void aShortChosenFirstClientSecretIsStoredAsAPassword() {
        assertThat(Api.ROOT_CLIENT_SECRET.length()).isLessThan(32);
        assertThat(hashOfClient(Api.ROOT_CLIENT_ID)).startsWith("$argon2id$v=19$");
    }

    @Test
    void aUsersPbkdf2HashSignsInAndIsReplacedByArgon2id() throws Exception {
        Org org = Api.newOrg();
        User user = Api.newUserWithToken(org, "User");
        Db db = new Db(dataSource);
        db.update("UPDATE app_user SET password_hash = ? WHERE id = ?", pbkdf2(user.password()), user.id());

        Api.userToken(org.clientId(), org.clientSecret(), user.email(), user.password());

        String hash = db.text("SELECT password_hash FROM app_user WHERE id = ?", user.id());
        assertThat(hash).startsWith("$argon2id$v=19$");
        Api.userToken(org.clientId(), org.clientSecret(), user.email(), user.password()); // and still signs in
    }

    @Test
    void aClientsPbkdf2HashSignsInAndIsReplacedByADigest() throws Exception {
        Org org = Api.newOrg();
        Db db = new Db(dataSource);
        db.update("UPDATE oauth_client SET secret_hash = ? WHERE client_id = ?", pbkdf2(org.clientSecret()), org.clientId());

        Api.token(org.clientId(), org.clientSecret());

        assertThat(hashOfClient(org.clientId())).matches("sha256\\$[0-9a-f]{64}");
        Api.token(org.clientId(), org.clientSecret());
    }

    private String hashOfClient(String clientId) {
        return new Db(dataSource).text("SELECT secret_hash FROM oauth_client WHERE client_id = ?", clientId);
    }

    /** A hash as versions before Argon2id stored it. */
    private static String pbkdf2(String secret) throws Exception {
        byte[] salt = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(secret.toCharArray(), salt, 1_000, 256)).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$1000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }
}
