package dev.devices.adapter.auth;

import dev.devices.application.port.out.AccessTokenIssuer;
import dev.devices.domain.access.Caller;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Issues RS256 JWTs carrying the caller's organization, client and, when user-scoped, user. */
@ApplicationScoped
class JwtAccessTokenIssuer implements AccessTokenIssuer {

    private final SigningKeys keys;
    private final AuthConfig config;

    JwtAccessTokenIssuer(SigningKeys keys, AuthConfig config) {
        this.keys = keys;
        this.config = config;
    }

    @Override
    public String issueAccessToken(Caller caller, long issuedAtMillis, long expiresAtMillis) {
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(caller.isUserScoped() ? "user:" + caller.userId() : "client:" + caller.clientId())
                .claim(TokenClaims.ORG_ID, caller.orgId())
                .claim(TokenClaims.CLIENT_ID, caller.clientId())
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(issuedAtMillis / 1000)
                .expiresAt(expiresAtMillis / 1000);
        if (caller.isUserScoped()) {
            claims.claim(TokenClaims.USER_ID, caller.userId());
        }
        return claims.jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign(keys.privateKey());
    }
}
