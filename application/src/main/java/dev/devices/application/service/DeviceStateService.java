package dev.devices.application.service;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.in.DeviceDetails;
import dev.devices.application.port.in.GetActionLogUseCase;
import dev.devices.application.port.in.GetMetadataUseCase;
import dev.devices.application.port.in.GetOnlineStatusUseCase;
import dev.devices.application.port.in.GetTimelineUseCase;
import dev.devices.application.port.in.ListDeviceTagsUseCase;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.domain.access.Caller;
import dev.devices.domain.access.DeviceAction;
import dev.devices.domain.device.ConnectivityPolicy;
import dev.devices.domain.device.Device;
import dev.devices.domain.log.ActionLogEntry;
import dev.devices.domain.tag.Tag;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.TimelineEntry;
import java.time.Clock;
import java.util.List;

/** Reads of one device's state (D9, D10, D11, D12, D22). */
public final class DeviceStateService implements GetOnlineStatusUseCase, ListDeviceTagsUseCase, GetTimelineUseCase,
        GetActionLogUseCase, GetMetadataUseCase {

    private final UnitOfWork unitOfWork;
    private final Ports ports;
    private final DeviceAccess devices;
    private final DeviceViews views;
    private final Clock clock;

    public DeviceStateService(UnitOfWork unitOfWork, Ports ports, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.ports = ports;
        this.devices = new DeviceAccess(ports);
        this.views = new DeviceViews(ports);
        this.clock = clock;
    }

    @Override
    public boolean isOnline(Caller caller, int deviceId) {
        return unitOfWork.inTransaction(() -> {
            Device device = devices.load(caller, deviceId, DeviceAction.VIEW);
            return ConnectivityPolicy.isConnected(device.connectivity(), devices.templateOf(device).heartbeatSeconds(),
                    clock.millis());
        });
    }

    @Override
    public List<Tag> deviceTags(Caller caller, int deviceId) {
        return unitOfWork.inTransaction(() -> ports.tags().deviceTags(devices.load(caller, deviceId, DeviceAction.VIEW).id()));
    }

    @Override
    public Page<TimelineEntry> timeline(Caller caller, int deviceId, EventType type, PageRequest page) {
        return unitOfWork.inTransaction(() -> ports.timeline().timeline(devices.load(caller, deviceId, DeviceAction.VIEW).id(),
                devices.reachOf(caller).path(), type, page));
    }

    @Override
    public Page<ActionLogEntry> actionLog(Caller caller, int deviceId, PageRequest page) {
        return unitOfWork.inTransaction(() -> ports.actionLog().actionLog(devices.load(caller, deviceId, DeviceAction.VIEW).id(),
                devices.reachOf(caller).path(), page));
    }

    @Override
    public List<DeviceDetails.MetaFieldEntry> metadata(Caller caller, int deviceId) {
        return unitOfWork.inTransaction(() -> {
            Device device = devices.load(caller, deviceId, DeviceAction.VIEW);
            return views.metaFieldValues(device, devices.templateOf(device));
        });
    }
}
