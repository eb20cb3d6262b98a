package dev.devices.adapter.auth;

import dev.devices.adapter.auth.AuthConfig.ExternalIssuer;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Verifies a bearer token with the key of the issuer it names: an external identity provider's
 * tokens with that provider's key (PEM, JWK or JWKS URL) and settings, every other token exactly as
 * smallrye-jwt verifies the service's own (our key, issuer and audience). The issuer is read from the
 * unverified payload only to choose the key; a token that lies about it fails that key's check.
 */
@Alternative
@Priority(1)
@ApplicationScoped
class IssuerRoutingPrincipalFactory extends JWTCallerPrincipalFactory {

    // one verifier per issuer: a verifier keeps the key resolver of the first context it is given
    private final JWTCallerPrincipalFactory ownVerifier = new DefaultJWTCallerPrincipalFactory();
    private final JWTCallerPrincipalFactory externalVerifier = new DefaultJWTCallerPrincipalFactory();
    private final Optional<String> externalIssuer;
    private final JWTAuthContextInfo externalContext;

    IssuerRoutingPrincipalFactory(AuthConfig config) {
        ExternalIssuer external = config.external();
        this.externalIssuer = external.issuer();
        this.externalContext = external.issuer().map(issuer -> contextOf(issuer, external)).orElse(null);
    }

    private static JWTAuthContextInfo contextOf(String issuer, ExternalIssuer external) {
        String keyLocation = external.publicKeyLocation().orElseThrow(() -> new IllegalStateException(
                "devices.auth.external.issuer is set, so devices.auth.external.public-key-location must be too"));
        JWTAuthContextInfo context = new JWTAuthContextInfo(keyLocation, issuer);
        context.setPublicKeyLocation(keyLocation);
        context.setIssuedBy(issuer);
        context.setSignatureAlgorithm(Set.of(SignatureAlgorithm.fromAlgorithm(external.algorithm())));
        external.audience().ifPresent(audience -> context.setExpectedAudience(Set.of(audience)));
        context.setRequireNamedPrincipal(false); // the caller is in the organization and user claims
        return context;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo ownContext) throws ParseException {
        boolean external = externalContext != null && externalIssuer.get().equals(claimedIssuer(token));
        return external ? externalVerifier.parse(token, externalContext) : ownVerifier.parse(token, ownContext);
    }

    /** The {@code iss} the payload claims, or null when it cannot be read (verification will fail then). */
    private static String claimedIssuer(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            return JwtClaims.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).getIssuer();
        } catch (InvalidJwtException | MalformedClaimException | RuntimeException unreadable) {
            return null;
        }
    }
}
