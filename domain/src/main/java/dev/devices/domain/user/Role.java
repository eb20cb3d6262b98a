package dev.devices.domain.user;

import dev.devices.domain.error.InvalidInput;
import java.util.EnumSet;
import java.util.Set;

/** The built-in roles: Admin may do everything, Staff everything with devices, User only its own devices. */
public enum Role {
    Admin(EnumSet.allOf(Permission.class)),
    Staff(EnumSet.of(Permission.ORG_DEVICES_VIEW, Permission.OWN_DEVICES_VIEW,
            Permission.ORG_DEVICES_EDIT, Permission.OWN_DEVICES_EDIT,
            Permission.ORG_DEVICES_DELETE, Permission.OWN_DEVICES_DELETE,
            Permission.ORG_DEVICES_CREATE, Permission.OWN_DEVICES_CREATE,
            Permission.ORG_VIEW_USERS, Permission.ORG_VIEW, Permission.TEMPLATES_VIEW)),
    User(EnumSet.of(Permission.OWN_DEVICES_VIEW, Permission.OWN_DEVICES_EDIT,
            Permission.OWN_DEVICES_DELETE, Permission.OWN_DEVICES_CREATE));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public static Role parse(String field, String value) {
        for (Role role : values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        throw InvalidInput.of(field, field + " must be one of Admin, Staff, User.");
    }
}
