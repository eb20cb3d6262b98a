package dev.devices.domain.access;

import dev.devices.domain.user.Permission;

/** What a caller does with a device, and the pair of permissions that allow it: on every device, or on owned ones. */
public enum DeviceAction {
    VIEW(Permission.ORG_DEVICES_VIEW, Permission.OWN_DEVICES_VIEW),
    EDIT(Permission.ORG_DEVICES_EDIT, Permission.OWN_DEVICES_EDIT),
    DELETE(Permission.ORG_DEVICES_DELETE, Permission.OWN_DEVICES_DELETE),
    CREATE(Permission.ORG_DEVICES_CREATE, Permission.OWN_DEVICES_CREATE);

    private final Permission onAnyDevice;
    private final Permission onOwnDevice;

    DeviceAction(Permission onAnyDevice, Permission onOwnDevice) {
        this.onAnyDevice = onAnyDevice;
        this.onOwnDevice = onOwnDevice;
    }

    public Permission onAnyDevice() {
        return onAnyDevice;
    }

    public Permission onOwnDevice() {
        return onOwnDevice;
    }
}
