package dev.devices.application.service;

import dev.devices.application.port.in.RotateDeviceTokenUseCase.RotatedToken;
import dev.devices.application.port.out.CredentialChangesPort;
import dev.devices.application.port.out.SaveDevicePort;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceToken;
import java.time.Clock;
import java.util.Random;

/**
 * Gives a device a new token within the caller's unit of work: the previous token kept for the
 * overlap (one at a time: a previous one still in its overlap stops now), and a broker that knows
 * devices one by one told to admit the new token now and to forget the old one when it stops.
 */
final class TokenRotation {

    private final SaveDevicePort saveDevice;
    private final CredentialChangesPort credentialChanges;
    private final Random random;
    private final Clock clock;

    TokenRotation(SaveDevicePort saveDevice, CredentialChangesPort credentialChanges, Random random, Clock clock) {
        this.saveDevice = saveDevice;
        this.credentialChanges = credentialChanges;
        this.random = random;
        this.clock = clock;
    }

    RotatedToken rotate(Device device, int overlapSeconds) {
        long now = clock.millis();
        DeviceToken next = DeviceToken.generate(random);
        Long keptUntil = overlapSeconds > 0 ? now + overlapSeconds * 1_000L : null;
        credentialChanges.record(next, true);
        saveDevice.rotateToken(device.withToken(next), device.token(), keptUntil)
                .ifPresent(dropped -> credentialChanges.record(dropped, false));
        if (keptUntil == null) {
            credentialChanges.record(device.token(), false);
        } else {
            credentialChanges.recordRemoval(device.token(), keptUntil);
        }
        return new RotatedToken(next, keptUntil == null ? now : keptUntil);
    }
}
