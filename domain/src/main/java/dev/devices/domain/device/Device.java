package dev.devices.domain.device;

/**
 * A device: identity and token, where it lives (organization), what it is (template), who owns it,
 * and what the device side observed. {@code version} guards against lost updates.
 */
public record Device(int id, int orgId, int templateId, int originalTemplateId, DeviceName name, DeviceToken token,
                     Long ownerUserId, Long activatedAt, HardwareInfo hardwareInfo, Connectivity connectivity,
                     long createdAt, long version) {

    /** Whether the device counts as connected now, with its template's heartbeat timeout. */
    public boolean isConnected(int heartbeatSeconds, long nowMillis) {
        return connectivity.isConnected(heartbeatSeconds, nowMillis);
    }

    public Device rename(DeviceName newName) {
        return new Device(id, orgId, templateId, originalTemplateId, newName, token, ownerUserId, activatedAt,
                hardwareInfo, connectivity, createdAt, version);
    }

    /** The device as the device side last saw it. */
    public Device observed(Long newActivatedAt, HardwareInfo newHardwareInfo, Connectivity newConnectivity) {
        return new Device(id, orgId, templateId, originalTemplateId, name, token, ownerUserId, newActivatedAt,
                newHardwareInfo, newConnectivity, createdAt, version);
    }

    /** The same device with other connection facts. */
    public Device with(Connectivity newConnectivity) {
        return observed(activatedAt, hardwareInfo, newConnectivity);
    }

    /** The device in another organization and/or with another owner (null: none). */
    public Device movedTo(int newOrgId, Long newOwnerId) {
        return new Device(id, newOrgId, templateId, originalTemplateId, name, token, newOwnerId, activatedAt,
                hardwareInfo, connectivity, createdAt, version);
    }

    /**
     * The device with its connection statistics erased (clear data). Activation time and hardware info
     * describe the device itself and stay.
     */
    public Device withStatisticsCleared() {
        return new Device(id, orgId, templateId, originalTemplateId, name, token, ownerUserId, activatedAt,
                hardwareInfo, connectivity.cleared(), createdAt, version);
    }
}
