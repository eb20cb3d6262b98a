package dev.devices.domain.access;

/** Which devices of its reach a caller's lists show: all of them, or only those one user owns. */
public record DeviceVisibility(Long ownerUserId) {

    private static final DeviceVisibility ALL = new DeviceVisibility(null);

    public static DeviceVisibility all() {
        return ALL;
    }

    public static DeviceVisibility ownedBy(long userId) {
        return new DeviceVisibility(userId);
    }

    public boolean isAll() {
        return ownerUserId == null;
    }

    public boolean shows(Long deviceOwnerUserId) {
        return ownerUserId == null || ownerUserId.equals(deviceOwnerUserId);
    }
}
