package dev.devices.domain.device;

/** A device about to be created; the store assigns its id. */
public record NewDevice(int orgId, int templateId, int originalTemplateId, DeviceName name, DeviceToken token,
                        Long ownerUserId, long createdAt) {
}
