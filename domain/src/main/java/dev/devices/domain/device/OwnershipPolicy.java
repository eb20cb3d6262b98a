package dev.devices.domain.device;

import dev.devices.domain.access.Decision;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.user.User;

/** A device's owner must be a user of the device's own organization. */
public final class OwnershipPolicy {

    private OwnershipPolicy() {
    }

    public static Decision canOwn(User user, int deviceOrgId) {
        return user.orgId() == deviceOrgId ? Decision.allow() : Decision.reject(NotFound::user);
    }
}
