package dev.devices.application.service;

import dev.devices.application.port.in.ResolveEventUseCase;
import dev.devices.application.port.in.ResolveEventUseCase.ResolveEventCommand;
import dev.devices.application.port.in.TriggerEventUseCase;
import dev.devices.application.port.in.TriggerEventUseCase.TriggerEventCommand;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.TimelinePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.domain.access.DeviceAction;
import dev.devices.domain.access.Reach;
import dev.devices.domain.device.Device;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.template.TemplateEvent;
import dev.devices.domain.timeline.NewTimelineEntry;
import dev.devices.domain.timeline.TimelineEntry;
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
    public void triggerEvent(TriggerEventCommand command) {
        unitOfWork.run(() -> {
            Device device = devices.load(command.caller(), command.deviceId(), DeviceAction.EDIT);
            TemplateEvent event = devices.templateOf(device).eventWithCode(command.eventCode())
                    .orElseThrow(NotFound::eventCode);
            timeline.appendTimelineEntry(new NewTimelineEntry(device.id(), device.orgId(), event.id(),
                    event.type(), event.eventCode(), command.description(), clock.millis()));
        });
    }

    /** Resolving an entry twice keeps the first resolution. */
    @Override
    public void resolveEvent(ResolveEventCommand command) {
        unitOfWork.run(() -> {
            Reach reach = devices.reachOf(command.caller());
            Device device = devices.load(reach, command.caller(), command.deviceId(), DeviceAction.EDIT);
            TimelineEntry entry = timeline.findTimelineEntry(device.id(), reach.path(), command.timelineEntryId())
                    .orElseThrow(NotFound::timelineEntry);
            if (!entry.isResolved()) {
                timeline.resolveTimelineEntry(device.id(), entry.id(), clock.millis(), command.comment());
            }
        });
    }
}
