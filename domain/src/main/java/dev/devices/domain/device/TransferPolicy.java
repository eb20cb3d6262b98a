package dev.devices.domain.device;

import dev.devices.domain.access.Decision;
import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.user.User;

/** Whether a device may go to a new owner or a new organization. Reach is checked before this. */
public final class TransferPolicy {

    public static final String SAME_OWNER = "Can't transfer to the same owner";

    private TransferPolicy() {
    }

    public static Decision canTransferToOwner(Device device, User newOwner) {
        if (device.ownerUserId() != null && device.ownerUserId() == newOwner.id()) {
            return Decision.reject(() -> InvalidInput.of("newUserId", SAME_OWNER));
        }
        if (!newOwner.isActive()) {
            return Decision.reject(() -> InvalidInput.of("newUserId", "The new owner is not an active user."));
        }
        return Decision.allow();
    }

    public static Decision canTransferToOrganization(Device device, Organization destination) {
        return device.orgId() == destination.id()
                ? Decision.reject(() -> InvalidInput.of("newOrgId", "The device already belongs to this organization."))
                : Decision.allow();
    }
}
