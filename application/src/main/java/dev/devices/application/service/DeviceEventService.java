package dev.devices.application.service;

import dev.devices.application.port.in.ResolveEventUseCase;
import dev.devices.application.port.in.TriggerEventUseCase;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.TimelinePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.domain.access.Caller;
import dev.devices.domain.access.DeviceAction;
import dev.devices.domain.device.Device;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.template.TemplateEvent;
import dev.devices.domain.timeline.NewTimelineEntry;
import dev.devices.domain.timeline.TimelineEntry;
import dev.devices.domain.timeline.TimelineRules;
import java.time.Clock;

/** Triggering template events on devices (D17) and resolving timeline entries (D18). */
public final class DeviceEventService implements TriggerEventUseCase, ResolveEventUseCase {

    private final UnitOfWork unitOfWork;
    private final TimelinePort timeline;
    private final DeviceAccess devices;
    private final Clock clock;

    public DeviceEventService(UnitOfWork unitOfWork, OrganizationTreePort organizations, LoadDevicePort loadDevice,
                              TemplatePort templates, TimelinePort timeline, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.timeline = timeline;
        this.devices = new DeviceAccess(organizations, loadDevice, templates);
        this.clock = clock;
    }

    @Override
    public void triggerEvent(Caller caller, int deviceId, String eventCode, String description) {
        unitOfWork.run(() -> {
            Device device = devices.load(caller, deviceId, DeviceAction.EDIT);
            TemplateEvent event = devices.templateOf(device).eventWithCode(eventCode).orElseThrow(NotFound::eventCode);
            TimelineRules.checkTrigger(eventCode, description);
            timeline.appendTimelineEntry(new NewTimelineEntry(device.id(), device.orgId(), event.id(),
                    event.type(), event.eventCode(), description, clock.millis()));
        });
    }

    /** Resolving an entry twice keeps the first resolution. */
    @Override
    public void resolveEvent(Caller caller, int deviceId, long timelineEntryId, String comment) {
        TimelineRules.checkComment(comment);
        unitOfWork.run(() -> {
            Device device = devices.load(caller, deviceId, DeviceAction.EDIT);
            TimelineEntry entry = timeline.findTimelineEntry(device.id(), devices.reachOf(caller).path(), timelineEntryId)
                    .orElseThrow(NotFound::timelineEntry);
            if (!entry.isResolved()) {
                timeline.resolveTimelineEntry(entry.id(), clock.millis(), comment);
            }
        });
    }
}
