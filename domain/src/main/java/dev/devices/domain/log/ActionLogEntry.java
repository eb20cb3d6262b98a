package dev.devices.domain.log;

/**
 * One datastream value written to a device through the platform API. {@code orgId} is the
 * organization the device was in then; {@code triggerUserEmail} is the user who wrote it, absent for
 * organization-scoped clients; {@code pinType} is {@code VIRTUAL}.
 */
public record ActionLogEntry(long id, int deviceId, int orgId, String triggerUserEmail, String value, String pin,
                             String pinType, boolean isOnline, long createdAt) {

    public static final String VIRTUAL = "VIRTUAL";
}
