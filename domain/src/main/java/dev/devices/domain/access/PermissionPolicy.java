package dev.devices.domain.access;

import dev.devices.domain.device.Device;
import dev.devices.domain.error.Forbidden;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.user.Permission;

/**
 * What a caller may do within its reach (contract §4). A device the caller may not even view does
 * not exist for it (404, Blynk's device message); a device it views but may not change is a 403.
 * ORG_* permissions cover every device of the reach, OWN_* only devices the calling user owns.
 */
public final class PermissionPolicy {

    private PermissionPolicy() {
    }

    /** The caller may see the device at all: otherwise it is reported as not found. */
    public static boolean canView(Caller caller, Device device) {
        return permits(caller, DeviceAction.VIEW, device.ownerUserId());
    }

    /** {@code action} on a device inside the caller's reach: 404 when unseen, 403 when seen but not allowed. */
    public static Decision canAct(Caller caller, DeviceAction action, Device device) {
        if (!canView(caller, device)) {
            return Decision.reject(() -> NotFound.device(device.id()));
        }
        return permits(caller, action, device.ownerUserId()) ? Decision.allow() : forbidden();
    }

    /**
     * Whether the caller may list devices at all, and whose: {@link DeviceVisibility#all()} with
     * ORG_DEVICES_VIEW, only its own with OWN_DEVICES_VIEW, a 403 with neither.
     */
    public static DeviceVisibility visibility(Caller caller) {
        if (caller.has(Permission.ORG_DEVICES_VIEW)) {
            return DeviceVisibility.all();
        }
        if (caller.has(Permission.OWN_DEVICES_VIEW) && caller.isUserScoped()) {
            return DeviceVisibility.ownedBy(caller.userId());
        }
        throw Forbidden.permission();
    }

    /**
     * Listing or searching an organization's devices (D1, D2, D3): Blynk requires ORG_DEVICES_VIEW
     * there, also of a user who owns devices (its own it finds through D19, and reads through D4).
     */
    public static DeviceVisibility organizationListing(Caller caller) {
        requires(caller, Permission.ORG_DEVICES_VIEW).orThrow();
        return DeviceVisibility.all();
    }

    /**
     * Creating a device with that owner (null: none). ORG_DEVICES_CREATE creates any device;
     * OWN_DEVICES_CREATE only devices the caller will own. Naming another user as the owner also
     * needs ORG_VIEW_USERS, since it reveals who the users are.
     */
    public static Decision canCreate(Caller caller, Long ownerUserId) {
        boolean ownDevice = caller.is(ownerUserId);
        if (!caller.has(Permission.ORG_DEVICES_CREATE) && !(ownDevice && caller.has(Permission.OWN_DEVICES_CREATE))) {
            return forbidden();
        }
        if (ownerUserId != null && !ownDevice && !caller.has(Permission.ORG_VIEW_USERS)) {
            return forbidden();
        }
        return Decision.allow();
    }

    /**
     * The owner of a device created without one: the calling user when it may only create its own
     * devices (else it could not see what it created), nobody otherwise.
     */
    public static Long defaultOwner(Caller caller) {
        return caller.isUserScoped() && !caller.has(Permission.ORG_DEVICES_CREATE) ? caller.userId() : null;
    }

    /** Naming another user (transfer to an owner, looking a user up by email) needs ORG_VIEW_USERS. */
    public static Decision canName(Caller caller, Long otherUserId) {
        return caller.is(otherUserId) || caller.has(Permission.ORG_VIEW_USERS) ? Decision.allow() : forbidden();
    }

    /** A management call that needs one permission. */
    public static Decision requires(Caller caller, Permission permission) {
        return caller.has(permission) ? Decision.allow() : forbidden();
    }

    private static boolean permits(Caller caller, DeviceAction action, Long ownerUserId) {
        return caller.has(action.onAnyDevice()) || (caller.has(action.onOwnDevice()) && caller.is(ownerUserId));
    }

    private static Decision forbidden() {
        return Decision.reject(Forbidden::permission);
    }
}
