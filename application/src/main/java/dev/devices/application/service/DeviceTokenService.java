package dev.devices.application.service;

import dev.devices.application.port.in.RotateDeviceTokenUseCase;
import dev.devices.application.port.out.CredentialChangesPort;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.SaveDevicePort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.domain.access.Caller;
import dev.devices.domain.access.DeviceAction;
import dev.devices.domain.device.Device;
import dev.devices.domain.error.InvalidInput;
import java.time.Clock;
import java.util.Random;

/** Token rotation (beyond.md §4): who may edit the device may give it a new token. */
public final class DeviceTokenService implements RotateDeviceTokenUseCase {

    private final UnitOfWork unitOfWork;
    private final DeviceAccess devices;
    private final TokenRotation rotation;

    public DeviceTokenService(UnitOfWork unitOfWork, OrganizationTreePort organizations, LoadDevicePort loadDevice,
                              TemplatePort templates, SaveDevicePort saveDevice, CredentialChangesPort credentialChanges,
                              Random random, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.devices = new DeviceAccess(organizations, loadDevice, templates);
        this.rotation = new TokenRotation(saveDevice, credentialChanges, random, clock);
    }

    @Override
    public RotatedToken rotateToken(Caller caller, int deviceId, int overlapSeconds) {
        if (overlapSeconds < 0 || overlapSeconds > MAX_OVERLAP_SECONDS) {
            throw InvalidInput.of("overlapSeconds", "Field 'overlapSeconds' must be between 0 and " + MAX_OVERLAP_SECONDS + ".");
        }
        return unitOfWork.inTransaction(() -> {
            // locked: the device's own calls finish with the token they came with before it changes
            Device device = devices.lock(caller, deviceId, DeviceAction.EDIT);
            return rotation.rotate(device, overlapSeconds);
        });
    }
}
