package dev.devices.domain.device;

import java.util.Objects;
import java.util.Optional;

/**
 * What the device side's calls and silences mean for a device. A device is connected while its last
 * call is younger than the heartbeat; going offline happens at {@code lastSeen + heartbeat}, and is
 * recorded exactly once: either by the sweep that notices the silence, or by the next call when the
 * sweep has not run yet.
 */
public final class ConnectionRules {

    private ConnectionRules() {
    }

    /**
     * The device after a call at {@code now}. {@code wentOfflineAt} is set when an offline transition
     * had not been recorded yet; {@code cameOnline} when the call ends a silence (or is the first ever).
     */
    public record Call(Device device, Long wentOfflineAt, boolean cameOnline) {
    }

    /** @param ip the caller's address, or null where the transport does not tell it (MQTT): the last one stays */
    public static Call onDeviceCall(Device device, int heartbeatSeconds, long now, String ip) {
        Connectivity c = device.connectivity();
        boolean wasConnected = c.isConnected(heartbeatSeconds, now);
        Long wentOfflineAt = !wasConnected && offlineNotRecorded(c) ? offlineAt(c, heartbeatSeconds) : null;
        Connectivity next = new Connectivity(
                c.firstConnectTime() == null ? now : c.firstConnectTime(),
                wasConnected ? c.connectTime() : now,
                wentOfflineAt != null ? wentOfflineAt : c.disconnectTime(),
                now, ip != null ? ip : c.ip(), c.lastReceivedEventAt(), c.firmwareUpdatedAt());
        Long activatedAt = device.activatedAt() == null ? now : device.activatedAt();
        return new Call(device.observed(activatedAt, device.hardwareInfo(), next), wentOfflineAt, !wasConnected);
    }

    /** The device with its offline transition recorded, when its silence passed the heartbeat unrecorded. */
    public static Optional<Device> onSilence(Device device, int heartbeatSeconds, long now) {
        Connectivity c = device.connectivity();
        if (c.isConnected(heartbeatSeconds, now) || !offlineNotRecorded(c)) {
            return Optional.empty();
        }
        return Optional.of(device.with(c.withDisconnectTime(offlineAt(c, heartbeatSeconds))));
    }

    /** The device after it announced going away (an MQTT last will) at {@code now}; empty when it was not connected. */
    public static Optional<Device> onDisconnect(Device device, int heartbeatSeconds, long now) {
        Connectivity c = device.connectivity();
        if (!c.isConnected(heartbeatSeconds, now)) {
            return Optional.empty();
        }
        return Optional.of(device.with(c.withDisconnectTime(now)));
    }

    /** New hardware info; {@code firmwareUpdatedAt} moves when the reported version differs. */
    public static Device onHardwareInfo(Device device, HardwareInfo info, long now) {
        Connectivity c = device.connectivity();
        boolean newVersion = device.hardwareInfo() == null
                || !Objects.equals(device.hardwareInfo().version(), info.version());
        return device.observed(device.activatedAt(), info, newVersion ? c.withFirmwareUpdatedAt(now) : c);
    }

    public static Device onDeviceEvent(Device device, long now) {
        return device.with(device.connectivity().withLastReceivedEventAt(now));
    }

    /** Seen at least once, and no disconnect recorded since the last connect. */
    private static boolean offlineNotRecorded(Connectivity c) {
        return c.lastSeenAt() != null
                && (c.disconnectTime() == null || (c.connectTime() != null && c.disconnectTime() < c.connectTime()));
    }

    private static long offlineAt(Connectivity c, int heartbeatSeconds) {
        return c.lastSeenAt() + heartbeatSeconds * 1000L;
    }
}
