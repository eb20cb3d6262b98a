package dev.devices.domain.access;

import dev.devices.domain.user.Permission;
import java.util.Set;

/**
 * Who is calling, as established from a verified access token: the organization the token is scoped
 * to, the OAuth client that obtained it, and, for a user-scoped token, the user and its permissions.
 */
public record Caller(int orgId, String clientId, Long userId, Set<Permission> permissions) {

    public Caller {
        permissions = Set.copyOf(permissions);
    }

    /** An organization-scoped caller (client credentials): everything within its organization's subtree. */
    public static Caller organization(int orgId, String clientId) {
        return new Caller(orgId, clientId, null, java.util.EnumSet.allOf(Permission.class));
    }

    public boolean isUserScoped() {
        return userId != null;
    }
}
