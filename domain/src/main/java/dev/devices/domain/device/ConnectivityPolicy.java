package dev.devices.domain.device;

/** A device is connected while its last device call is younger than its template's heartbeat timeout. */
public final class ConnectivityPolicy {

    private ConnectivityPolicy() {
    }

    public static boolean isConnected(Connectivity connectivity, int heartbeatSeconds, long nowMillis) {
        Long lastSeen = connectivity.lastSeenAt();
        return lastSeen != null && nowMillis - lastSeen < heartbeatSeconds * 1000L;
    }
}
