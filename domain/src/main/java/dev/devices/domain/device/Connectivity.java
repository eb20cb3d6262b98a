package dev.devices.domain.device;

/**
 * What the device side has observed of a device (epoch milliseconds; null until it happened).
 * Clearing a device's data resets all of it but the firmware date.
 *
 * @param offlineCheckAt when the disconnection sweep should next look at the device: never later than
 *                       the moment its silence would pass the heartbeat, null while no going offline is
 *                       pending. It is set when a device comes online and moved only by the sweep, so a
 *                       call of a connected device changes no indexed column (see ConnectionRules).
 */
public record Connectivity(Long firstConnectTime, Long connectTime, Long disconnectTime, Long lastSeenAt,
                           String ip, Long lastReceivedEventAt, Long firmwareUpdatedAt, Long offlineCheckAt) {

    public static final Connectivity NEVER_CONNECTED = new Connectivity(null, null, null, null, null, null, null, null);

    /**
     * Connected while the last device call is younger than the heartbeat timeout, unless the device said
     * goodbye since (a disconnect recorded at or after that call, e.g. an MQTT last will).
     */
    public boolean isConnected(int heartbeatSeconds, long nowMillis) {
        return lastSeenAt != null
                && nowMillis - lastSeenAt < heartbeatSeconds * 1000L
                && (disconnectTime == null || disconnectTime < lastSeenAt);
    }

    /** A recorded disconnect: nothing is left for the sweep to check. */
    public Connectivity withDisconnectTime(Long time) {
        return new Connectivity(firstConnectTime, connectTime, time, lastSeenAt, ip, lastReceivedEventAt, firmwareUpdatedAt, null);
    }

    public Connectivity withLastReceivedEventAt(Long time) {
        return new Connectivity(firstConnectTime, connectTime, disconnectTime, lastSeenAt, ip, time, firmwareUpdatedAt,
                offlineCheckAt);
    }

    public Connectivity withFirmwareUpdatedAt(Long time) {
        return new Connectivity(firstConnectTime, connectTime, disconnectTime, lastSeenAt, ip, lastReceivedEventAt, time,
                offlineCheckAt);
    }

    public Connectivity withOfflineCheckAt(Long time) {
        return new Connectivity(firstConnectTime, connectTime, disconnectTime, lastSeenAt, ip, lastReceivedEventAt,
                firmwareUpdatedAt, time);
    }

    /** Clear data: the connection statistics go; the firmware date describes the device and stays. */
    public Connectivity cleared() {
        return NEVER_CONNECTED.withFirmwareUpdatedAt(firmwareUpdatedAt);
    }
}
