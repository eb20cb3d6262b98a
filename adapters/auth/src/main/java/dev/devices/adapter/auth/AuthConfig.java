package dev.devices.adapter.auth;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The auth adapter's settings; their values (defaults included) live in bootstrap's application.properties. */
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

    /**
     * How long a platform-API caller check (client, organization, user still there) is remembered per
     * token: a revocation made on another instance applies within it; on the same instance at once.
     */
    Duration callerCheckTtl();

    /** Cost of Argon2id for passwords; the defaults are OWASP's (19 MiB, 2 passes, 1 lane). */
    Argon2 argon2();

    interface Argon2 {

        int memoryKib();

        int iterations();

        int parallelism();
    }

    /** A second issuer whose tokens are accepted besides the service's own; off unless its issuer is set. */
    ExternalIssuer external();

    /** An external identity provider: how to verify its tokens and where its claims put the caller. */
    interface ExternalIssuer {

        /** {@code iss} of its tokens; tokens naming it are verified with its key, all others with ours. */
        Optional<String> issuer();

        /** Its verification key: a PEM public key, a JWK or JWK set, as a file path or an https URL (JWKS endpoint). */
        Optional<String> publicKeyLocation();

        /** {@code aud} its tokens must carry; unchecked when unset. */
        Optional<String> audience();

        /** Signature algorithm of its tokens (RS256, ES256, PS256, ...). */
        String algorithm();

        /** Claim holding the organization id (number or numeric string); required in every token. */
        String orgIdClaim();

        /** Claim holding the user id (number or numeric string); without it the token is organization-scoped. */
        String userIdClaim();

        /** Claim holding permission names (array or space-separated string); without it, the user's role decides. */
        String permissionsClaim();
    }
}
