package dev.devices.domain.access;

import dev.devices.domain.user.Permission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling, as established from a verified access token: the organization the token is scoped
 * to, the OAuth client that obtained it (absent for tokens of an external issuer), and, for a
 * user-scoped token, the user and its permissions.
 */
public record Caller(int orgId, String clientId, Long userId, Set<Permission> permissions) {

    public Caller {
        permissions = Set.copyOf(permissions);
    }

    /** An organization-scoped caller (client credentials): everything within its organization's subtree. */
    public static Caller organization(int orgId, String clientId) {
        return new Caller(orgId, clientId, null, EnumSet.allOf(Permission.class));
    }

    /** A user-scoped caller: the user's organization's subtree, limited by the user's permissions. */
    public static Caller user(int orgId, String clientId, long userId, Set<Permission> permissions) {
        return new Caller(orgId, clientId, userId, permissions);
    }

    public boolean isUserScoped() {
        return userId != null;
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    /** True when {@code userId} is this caller's own user. */
    public boolean is(Long otherUserId) {
        return userId != null && userId.equals(otherUserId);
    }
}
