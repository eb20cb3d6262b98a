package dev.devices.application.service;

import dev.devices.application.paging.Page;
import dev.devices.application.port.in.DeviceDetails;
import dev.devices.application.port.in.GetDeviceUseCase;
import dev.devices.application.port.in.ListDevicesUseCase;
import dev.devices.application.port.out.DeviceQueryPort;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.domain.access.Caller;
import dev.devices.domain.device.Device;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.Organization;

/** Reading devices: lists (D1) and one device's details (D4, D7). */
public final class DeviceCatalogService implements ListDevicesUseCase, GetDeviceUseCase {

    private final UnitOfWork unitOfWork;
    private final OrganizationAccess access;
    private final LoadDevicePort loadDevice;
    private final DeviceQueryPort deviceQuery;
    private final DeviceDetailsAssembler details;

    public DeviceCatalogService(UnitOfWork unitOfWork, Ports ports) {
        this.unitOfWork = unitOfWork;
        this.access = new OrganizationAccess(ports.organizations());
        this.loadDevice = ports.loadDevice();
        this.deviceQuery = ports.deviceQuery();
        this.details = new DeviceDetailsAssembler(ports.templates(), ports.timeline(), ports.deviceData(), ports.users());
    }

    @Override
    public Page<Device> listDevices(ListDevicesQuery query) {
        return unitOfWork.inTransaction(() -> {
            Organization organization = access.reachable(query.caller(), query.orgId(), NotFound::organization);
            return deviceQuery.listDevices(organization, query.includeSubOrgDevices(), query.page());
        });
    }

    @Override
    public DeviceDetails getDevice(Caller caller, int deviceId, DeviceDetails.Depth depth) {
        return unitOfWork.inTransaction(() -> {
            Device device = loadDevice.loadDevice(access.reachOf(caller), deviceId)
                    .orElseThrow(() -> NotFound.device(deviceId));
            return details.assemble(device, depth);
        });
    }
}
