package dev.devices.adapter.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** The auth adapter's settings; their values live in bootstrap's application.properties. */
@ConfigMapping(prefix = "devices.auth")
public interface AuthConfig {

    /** {@code iss} of issued tokens; verification expects the same (mp.jwt.verify.issuer). */
    String issuer();

    /** {@code aud} of issued tokens; verification expects the same (mp.jwt.verify.audiences). */
    String audience();

    /** PKCS#8 PEM private key; generated with its public key on first start when neither file exists. */
    Path privateKeyLocation();

    /** PEM public key; the same file smallrye-jwt verifies with (mp.jwt.verify.publickey.location). */
    Path publicKeyLocation();

    @WithDefault("PT24H")
    Duration accessTokenLifetime();

    @WithDefault("P30D")
    Duration refreshTokenLifetime();

    /** Work factor of PBKDF2 for client secrets and passwords. */
    @WithDefault("210000")
    int pbkdf2Iterations();
}
