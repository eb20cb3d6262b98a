package dev.devices.application.service;

import dev.devices.application.paging.Page;
import dev.devices.application.port.in.DeviceDetails;
import dev.devices.application.port.in.GetDeviceUseCase;
import dev.devices.application.port.in.ListDevicesUseCase;
import dev.devices.application.port.in.ListExpandedDevicesUseCase;
import dev.devices.application.port.out.DeviceDataPort;
import dev.devices.application.port.out.DeviceQueryPort;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.TimelinePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.port.out.UserPort;
import dev.devices.domain.access.Caller;
import dev.devices.domain.access.DeviceAction;
import dev.devices.domain.access.PermissionPolicy;
import dev.devices.domain.device.Device;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.Organization;
import java.util.Set;

/** Reading devices: lists (D1, D2 with expansions) and one device's details (D4, D7). */
public final class DeviceCatalogService implements ListDevicesUseCase, ListExpandedDevicesUseCase, GetDeviceUseCase {

    private final UnitOfWork unitOfWork;
    private final OrganizationAccess access;
    private final DeviceAccess devices;
    private final DeviceQueryPort deviceQuery;
    private final DeviceViews views;

    public DeviceCatalogService(UnitOfWork unitOfWork, OrganizationTreePort organizations, LoadDevicePort loadDevice,
                                DeviceQueryPort deviceQuery, DeviceDataPort deviceData, TemplatePort templates,
                                TimelinePort timeline, UserPort users) {
        this.unitOfWork = unitOfWork;
        this.access = new OrganizationAccess(organizations);
        this.devices = new DeviceAccess(organizations, loadDevice, templates);
        this.deviceQuery = deviceQuery;
        this.views = new DeviceViews(deviceData, templates, timeline, users);
    }

    @Override
    public Page<Device> listDevices(ListDevicesQuery query) {
        return unitOfWork.readOnly(() -> {
            Organization organization = access.reachable(query.caller(), query.orgId(), NotFound::organization);
            return deviceQuery.listDevices(organization, query.includeSubOrgDevices(),
                    PermissionPolicy.organizationListing(query.caller()), query.page());
        });
    }

    @Override
    public Page<ExpandedDevice> listExpandedDevices(ListDevicesQuery query, Set<Expansion> include) {
        return unitOfWork.readOnly(() -> {
            Page<Device> page = listDevices(query);
            return new Page<>(views.expand(page.content(), include), page.totalElements());
        });
    }

    @Override
    public DeviceDetails getDevice(Caller caller, int deviceId, DeviceDetails.Depth depth) {
        return unitOfWork.inTransaction(() -> {
            Device device = devices.load(caller, deviceId, DeviceAction.VIEW);
            return views.details(device, devices.templateOf(device), depth);
        });
    }
}
