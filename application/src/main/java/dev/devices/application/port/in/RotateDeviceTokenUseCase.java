package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.device.DeviceToken;

/**
 * A device gets a new token; the previous one keeps working on the device side (HTTP and MQTT) for
 * the overlap and never after, so that a fleet can be re-provisioned without an outage.
 */
public interface RotateDeviceTokenUseCase {

    /** The longest overlap: a day. */
    int MAX_OVERLAP_SECONDS = 86_400;

    /** {@code overlapSeconds} 0..{@link #MAX_OVERLAP_SECONDS}; 0 stops the previous token at once. */
    RotatedToken rotateToken(Caller caller, int deviceId, int overlapSeconds);

    record RotatedToken(DeviceToken token, long previousTokenValidUntil) {
    }
}
