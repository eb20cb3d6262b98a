package dev.devices.domain.device;

/**
 * What the device side has observed of a device (epoch milliseconds; null until it happened).
 * All of it is reset when the device's data is cleared.
 */
public record Connectivity(Long firstConnectTime, Long connectTime, Long disconnectTime, Long lastSeenAt,
                           String ip, Long lastReceivedEventAt, Long firmwareUpdatedAt) {

    public static final Connectivity NEVER_CONNECTED = new Connectivity(null, null, null, null, null, null, null);
}
