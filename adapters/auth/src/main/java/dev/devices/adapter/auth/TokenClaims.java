package dev.devices.adapter.auth;

import dev.devices.adapter.auth.AuthConfig.ExternalIssuer;
import dev.devices.application.port.in.AuthenticateCallerUseCase.VerifiedToken;
import dev.devices.domain.user.Permission;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Where the caller sits in a verified token. The service's own tokens carry {@code org_id},
 * {@code client_id} and, when user-scoped, {@code user_id}; an external issuer's tokens carry the
 * organization, user and permissions in the claims its configuration names.
 */
@ApplicationScoped
class TokenClaims {

    static final String ORG_ID = "org_id";
    static final String CLIENT_ID = "client_id";
    static final String USER_ID = "user_id";

    private final ExternalIssuer external;

    TokenClaims(AuthConfig config) {
        this.external = config.external();
    }

    VerifiedToken read(JsonWebToken token) {
        if (external.issuer().isPresent() && external.issuer().get().equals(token.getIssuer())) {
            Object permissions = token.getClaim(external.permissionsClaim());
            return new VerifiedToken(orgId(token, external.orgIdClaim()), null,
                    optionalId(token, external.userIdClaim()), permissions == null ? null : permissions(permissions));
        }
        Object clientId = token.getClaim(CLIENT_ID);
        if (clientId == null) {
            throw new AuthenticationFailedException("The access token does not name its client.");
        }
        return new VerifiedToken(orgId(token, ORG_ID), text(clientId), optionalId(token, USER_ID), null);
    }

    private static int orgId(JsonWebToken token, String claim) {
        Long id = optionalId(token, claim);
        if (id == null || id > Integer.MAX_VALUE) {
            throw new AuthenticationFailedException("The access token has no valid " + claim + " claim.");
        }
        return id.intValue();
    }

    private static Long optionalId(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        if (value == null) {
            return null;
        }
        try {
            long id = value instanceof JsonNumber n ? n.longValueExact()
                    : value instanceof Number n ? n.longValue() : Long.parseLong(text(value));
            if (id <= 0) {
                throw new AuthenticationFailedException("The access token's " + claim + " is out of range.");
            }
            return id;
        } catch (ArithmeticException | NumberFormatException e) {
            throw new AuthenticationFailedException("The access token's " + claim + " is not a number.");
        }
    }

    /** Known permission names from an array or a space-separated string; unknown names are ignored. */
    private static Set<Permission> permissions(Object claim) {
        List<String> names = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            array.forEach(value -> names.add(text(value)));
        } else if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> names.add(text(value)));
        } else {
            names.addAll(List.of(text(claim).trim().split("\\s+")));
        }
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (Permission permission : Permission.values()) {
            if (names.contains(permission.name())) {
                permissions.add(permission);
            }
        }
        return permissions;
    }

    private static String text(Object value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value instanceof JsonValue json ? json.toString() : String.valueOf(value);
    }
}
