package dev.devices.domain.device;

/**
 * A device: identity and token, where it lives (organization), what it is (template), who owns it,
 * and what the device side observed. {@code version} guards against lost updates.
 */
public record Device(int id, int orgId, int templateId, int originalTemplateId, DeviceName name, DeviceToken token,
                     Long ownerUserId, Long activatedAt, HardwareInfo hardwareInfo, Connectivity connectivity,
                     long createdAt, long version) {

    public Device rename(DeviceName newName) {
        return new Device(id, orgId, templateId, originalTemplateId, newName, token, ownerUserId, activatedAt,
                hardwareInfo, connectivity, createdAt, version);
    }
}
