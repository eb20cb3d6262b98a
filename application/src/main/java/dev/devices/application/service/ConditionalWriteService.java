package dev.devices.application.service;

import dev.devices.application.port.in.WriteDeviceIfMatchUseCase;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.domain.access.Caller;
import dev.devices.domain.access.DeviceAction;
import dev.devices.domain.device.Device;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * If-Match for every write to one device. The device is locked before its version is compared, so
 * two writers naming the same version run one after the other and the second sees the first's
 * change; the write then takes the device in the same unit of work (its own lock is already held).
 */
public final class ConditionalWriteService implements WriteDeviceIfMatchUseCase {

    private final UnitOfWork unitOfWork;
    private final LoadDevicePort loadDevice;
    private final DeviceAccess devices;

    public ConditionalWriteService(UnitOfWork unitOfWork, OrganizationTreePort organizations, LoadDevicePort loadDevice,
                                   TemplatePort templates) {
        this.unitOfWork = unitOfWork;
        this.loadDevice = loadDevice;
        this.devices = new DeviceAccess(organizations, loadDevice, templates);
    }

    @Override
    public <T> Versioned<T> writeIfMatch(Caller caller, int deviceId, ExpectedVersion expected, Supplier<T> write) {
        return unitOfWork.inTransaction(() -> {
            // VIEW: whoever may see the device may learn its version; the write checks its own permission
            Device device = devices.lock(caller, deviceId, DeviceAction.VIEW);
            if (!expected.accepts(device.configVersion())) {
                throw new DeviceChangedSinceVersion(deviceId, device.configVersion());
            }
            T result = write.get();
            OptionalLong after = loadDevice.loadDevice(devices.reachOf(caller), deviceId)
                    .map(d -> OptionalLong.of(d.configVersion())).orElse(OptionalLong.empty());
            return new Versioned<>(result, after);
        });
    }
}
