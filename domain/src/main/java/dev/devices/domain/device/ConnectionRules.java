package dev.devices.domain.device;

import java.util.Objects;
import java.util.Optional;

/**
 * What the device side's calls and silences mean for a device. A device is connected while its last
 * call is younger than the heartbeat; going offline happens at {@code lastSeen + heartbeat}, and is
 * recorded exactly once: either by the sweep that notices the silence, or by the next call when the
 * sweep has not run yet.
 *
 * <p>The sweep finds its work by {@link Connectivity#offlineCheckAt()}, set when a device comes online.
 * Later calls of a connected device leave it alone (it stays earlier than the new due time), so they
 * write only columns no index holds and PostgreSQL updates the row in place (a HOT update). When the
 * check falls due the sweep either records the offline or moves the check to the real due time: once
 * per heartbeat for a device that keeps calling.
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

    /** The device after the sweep looked at it; {@code wentOffline} when its offline was recorded now. */
    public record OfflineCheck(Device device, boolean wentOffline) {
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
                now, ip != null ? ip : c.ip(), c.lastReceivedEventAt(), c.firmwareUpdatedAt(),
                wasConnected && c.offlineCheckAt() != null ? c.offlineCheckAt() : now + heartbeatSeconds * 1000L);
        Long activatedAt = device.activatedAt() == null ? now : device.activatedAt();
        return new Call(device.observed(activatedAt, device.hardwareInfo(), next), wentOfflineAt, !wasConnected);
    }

    /**
     * The sweep's look at a device whose check fell due: the offline recorded when the silence passed the
     * heartbeat unrecorded, else the check moved to when it would pass, else (nothing pending) cleared.
     */
    public static OfflineCheck onOfflineCheck(Device device, int heartbeatSeconds, long now) {
        Connectivity c = device.connectivity();
        if (!offlineNotRecorded(c)) {
            return new OfflineCheck(device.with(c.withOfflineCheckAt(null)), false);
        }
        if (c.isConnected(heartbeatSeconds, now)) {
            return new OfflineCheck(device.with(c.withOfflineCheckAt(offlineAt(c, heartbeatSeconds))), false);
        }
        return new OfflineCheck(device.with(c.withDisconnectTime(offlineAt(c, heartbeatSeconds))), true);
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
