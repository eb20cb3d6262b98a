package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceName;
import java.util.Objects;

/** D5: gives a device a new name. */
public interface RenameDeviceUseCase {

    Device renameDevice(RenameDeviceCommand command);

    record RenameDeviceCommand(Caller caller, int deviceId, DeviceName newName) {
        public RenameDeviceCommand {
            Objects.requireNonNull(caller);
            Objects.requireNonNull(newName);
        }
    }
}
