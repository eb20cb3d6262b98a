package dev.devices.adapter.auth;

import dev.devices.application.port.in.AuthenticateCallerUseCase.CallerRejected;
import dev.devices.application.port.in.AuthenticateCallerUseCase.VerifiedToken;
import dev.devices.application.port.in.CurrentCaller;
import dev.devices.domain.access.Caller;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of this request: the claims of the access token smallrye-jwt has already verified (ours
 * or an external issuer's), checked against what exists (as of at most the caller-check TTL ago).
 */
@RequestScoped
class JwtCurrentCaller implements CurrentCaller {

    private final JsonWebToken token;
    private final TokenClaims claims;
    private final RememberedCallerChecks checks;
    private Caller caller;

    JwtCurrentCaller(JsonWebToken token, TokenClaims claims, RememberedCallerChecks checks) {
        this.token = token;
        this.claims = claims;
        this.checks = checks;
    }

    @Override
    public Caller get() {
        if (caller == null) {
            if (token.getRawToken() == null) {
                throw new AuthenticationFailedException("No access token.");
            }
            VerifiedToken verified = claims.read(token);
            try {
                caller = checks.authenticate(verified);
            } catch (CallerRejected rejected) {
                throw new AuthenticationFailedException(rejected.getMessage());
            }
        }
        return caller;
    }
}
