package dev.devices.domain.device;

/**
 * A device is connected while its last device call is younger than its template's heartbeat timeout,
 * unless it said goodbye since (a disconnect recorded at or after that call, e.g. an MQTT last will).
 */
public final class ConnectivityPolicy {

    private ConnectivityPolicy() {
    }

    public static boolean isConnected(Connectivity connectivity, int heartbeatSeconds, long nowMillis) {
        Long lastSeen = connectivity.lastSeenAt();
        Long disconnected = connectivity.disconnectTime();
        return lastSeen != null
                && nowMillis - lastSeen < heartbeatSeconds * 1000L
                && (disconnected == null || disconnected < lastSeen);
    }
}
