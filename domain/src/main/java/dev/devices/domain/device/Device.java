package dev.devices.domain.device;

import java.util.Objects;

/**
 * A device: identity and token, where it lives (organization), what it is (template), who owns it,
 * and what the device side observed. {@code version} guards against lost updates of the stored row;
 * {@code configVersion} counts the changes of the device's configuration (name, organization, owner,
 * tags, metafield values, token), never of what the device side reports: the API's ETag.
 */
public record Device(int id, int orgId, int templateId, int originalTemplateId, DeviceName name, DeviceToken token,
                     Long ownerUserId, Long activatedAt, HardwareInfo hardwareInfo, Connectivity connectivity,
                     long createdAt, long version, long configVersion) {

    /** A new device's configuration version. */
    public static final long FIRST_CONFIG_VERSION = 1;

    /** Whether the device counts as connected now, with its template's heartbeat timeout. */
    public boolean isConnected(int heartbeatSeconds, long nowMillis) {
        return connectivity.isConnected(heartbeatSeconds, nowMillis);
    }

    public Device rename(DeviceName newName) {
        return new Device(id, orgId, templateId, originalTemplateId, newName, token, ownerUserId, activatedAt,
                hardwareInfo, connectivity, createdAt, version, nextConfigVersion(!newName.equals(name)));
    }

    /** The device with another token (rotation): a configuration change. */
    public Device withToken(DeviceToken newToken) {
        return new Device(id, orgId, templateId, originalTemplateId, name, newToken, ownerUserId, activatedAt,
                hardwareInfo, connectivity, createdAt, version, configVersion + 1);
    }

    /** The same device after a change of its configuration stored outside it (tags, metafield values). */
    public Device configurationChanged() {
        return new Device(id, orgId, templateId, originalTemplateId, name, token, ownerUserId, activatedAt,
                hardwareInfo, connectivity, createdAt, version, configVersion + 1);
    }

    private long nextConfigVersion(boolean changed) {
        return changed ? configVersion + 1 : configVersion;
    }

    /** The device as the device side last saw it. */
    public Device observed(Long newActivatedAt, HardwareInfo newHardwareInfo, Connectivity newConnectivity) {
        return new Device(id, orgId, templateId, originalTemplateId, name, token, ownerUserId, newActivatedAt,
                newHardwareInfo, newConnectivity, createdAt, version, configVersion);
    }

    /** The same device with other connection facts. */
    public Device with(Connectivity newConnectivity) {
        return observed(activatedAt, hardwareInfo, newConnectivity);
    }

    /** The device in another organization and/or with another owner (null: none). */
    public Device movedTo(int newOrgId, Long newOwnerId) {
        return new Device(id, newOrgId, templateId, originalTemplateId, name, token, newOwnerId, activatedAt,
                hardwareInfo, connectivity, createdAt, version,
                nextConfigVersion(newOrgId != orgId || !Objects.equals(newOwnerId, ownerUserId)));
    }

    /**
     * The device with its connection statistics erased (clear data). Activation time and hardware info
     * describe the device itself and stay.
     */
    public Device withStatisticsCleared() {
        return new Device(id, orgId, templateId, originalTemplateId, name, token, ownerUserId, activatedAt,
                hardwareInfo, connectivity.cleared(), createdAt, version, configVersion);
    }
}
