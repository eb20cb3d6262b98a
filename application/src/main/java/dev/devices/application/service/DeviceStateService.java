package dev.devices.application.service;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.in.DeviceDetails;
import dev.devices.application.port.in.GetActionLogUseCase;
import dev.devices.application.port.in.GetMetadataUseCase;
import dev.devices.application.port.in.GetOnlineStatusUseCase;
import dev.devices.application.port.in.GetTimelineUseCase;
import dev.devices.application.port.in.ListDeviceTagsUseCase;
import dev.devices.application.port.out.ActionLogPort;
import dev.devices.application.port.out.DeviceDataPort;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.TagPort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.TimelinePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.port.out.UserPort;
import dev.devices.domain.access.Caller;
import dev.devices.domain.access.DeviceAction;
import dev.devices.domain.access.Reach;
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
    private final TimelinePort timeline;
    private final TagPort tags;
    private final ActionLogPort actionLog;
    private final DeviceAccess devices;
    private final DeviceViews views;
    private final Clock clock;

    public DeviceStateService(UnitOfWork unitOfWork, OrganizationTreePort organizations, LoadDevicePort loadDevice,
                              DeviceDataPort deviceData, TemplatePort templates, TimelinePort timeline, UserPort users,
                              TagPort tags, ActionLogPort actionLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.timeline = timeline;
        this.tags = tags;
        this.actionLog = actionLog;
        this.devices = new DeviceAccess(organizations, loadDevice, templates);
        this.views = new DeviceViews(deviceData, templates, timeline, users);
        this.clock = clock;
    }

    @Override
    public boolean isOnline(Caller caller, int deviceId) {
        return unitOfWork.inTransaction(() -> {
            Device device = devices.load(caller, deviceId, DeviceAction.VIEW);
            return device.isConnected(devices.templateOf(device).heartbeatSeconds(),
                    clock.millis());
        });
    }

    @Override
    public List<Tag> deviceTags(Caller caller, int deviceId) {
        return unitOfWork.inTransaction(() -> tags.deviceTags(devices.load(caller, deviceId, DeviceAction.VIEW).id()));
    }

    @Override
    public Page<TimelineEntry> timeline(Caller caller, int deviceId, EventType type, PageRequest page) {
        return unitOfWork.readOnly(() -> {
            Reach reach = devices.reachOf(caller);
            return timeline.timeline(devices.load(reach, caller, deviceId, DeviceAction.VIEW).id(), reach.path(), type, page);
        });
    }

    @Override
    public Page<ActionLogEntry> actionLog(Caller caller, int deviceId, PageRequest page) {
        return unitOfWork.readOnly(() -> {
            Reach reach = devices.reachOf(caller);
            return actionLog.actionLog(devices.load(reach, caller, deviceId, DeviceAction.VIEW).id(), reach.path(), page);
        });
    }

    @Override
    public List<DeviceDetails.MetaFieldEntry> metadata(Caller caller, int deviceId) {
        return unitOfWork.inTransaction(() -> {
            Device device = devices.load(caller, deviceId, DeviceAction.VIEW);
            return views.metaFieldValues(device, devices.templateOf(device));
        });
    }
}
