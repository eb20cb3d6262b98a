package dev.devices.adapter.auth;

import dev.devices.application.port.in.CurrentCaller;
import dev.devices.domain.access.Caller;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of this request, read from the access token smallrye-jwt has already verified. */
@RequestScoped
class JwtCurrentCaller implements CurrentCaller {

    private final JsonWebToken token;

    JwtCurrentCaller(JsonWebToken token) {
        this.token = token;
    }

    @Override
    public Caller get() {
        Object orgId = token.getClaim(TokenClaims.ORG_ID);
        Object clientId = token.getClaim(TokenClaims.CLIENT_ID);
        if (token.getRawToken() == null || orgId == null || clientId == null) {
            throw new AuthenticationFailedException("The access token does not name an organization.");
        }
        return Caller.organization(asInt(orgId), asString(clientId));
    }

    private static int asInt(Object claim) {
        if (claim instanceof JsonNumber n) {
            return n.intValueExact();
        }
        if (claim instanceof Number n) {
            return n.intValue();
        }
        throw new AuthenticationFailedException("The access token's organization is not a number.");
    }

    private static String asString(Object claim) {
        return claim instanceof JsonString s ? s.getString() : claim.toString();
    }
}
