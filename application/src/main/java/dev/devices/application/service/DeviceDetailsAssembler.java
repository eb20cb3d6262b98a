package dev.devices.application.service;

import dev.devices.application.port.in.DeviceDetails;
import dev.devices.application.port.in.DeviceDetails.DataStreamValueView;
import dev.devices.application.port.in.DeviceDetails.LifecycleStatus;
import dev.devices.application.port.in.DeviceDetails.MetaFieldEntry;
import dev.devices.application.port.out.DeviceDataPort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.TimelinePort;
import dev.devices.application.port.out.UserPort;
import dev.devices.domain.device.Device;
import dev.devices.domain.template.DataStreamDefinition;
import dev.devices.domain.template.MetaFieldDefinition;
import dev.devices.domain.template.MetaFieldType;
import dev.devices.domain.template.MetaFieldValue;
import dev.devices.domain.template.Template;
import dev.devices.domain.template.TemplateEvent;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.user.User;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the detail view of a device from the device, its template, timeline and stored values. */
final class DeviceDetailsAssembler {

    private final TemplatePort templates;
    private final TimelinePort timeline;
    private final DeviceDataPort data;
    private final UserPort users;

    DeviceDetailsAssembler(TemplatePort templates, TimelinePort timeline, DeviceDataPort data, UserPort users) {
        this.templates = templates;
        this.timeline = timeline;
        this.data = data;
        this.users = users;
    }

    DeviceDetails assemble(Device device, DeviceDetails.Depth depth) {
        Template template = templates.loadTemplate(device.templateId())
                .orElseThrow(() -> new IllegalStateException("device " + device.id() + " has no template"));
        LifecycleStatus lifecycle = lifecycleStatus(device, template);
        if (depth == DeviceDetails.Depth.BASE_INFO) {
            return new DeviceDetails(device, lifecycle, List.of(), List.of());
        }
        return new DeviceDetails(device, lifecycle, dataStreamValues(device, template), metaFieldValues(device, template));
    }

    private LifecycleStatus lifecycleStatus(Device device, Template template) {
        return timeline.latestOfType(device.id(), EventType.LIFECYCLE)
                .flatMap(entry -> template.events().stream()
                        .filter(e -> Objects.equals(e.id(), entry.eventId()))
                        .findFirst())
                .map((TemplateEvent e) -> new LifecycleStatus(e.id(), e.name()))
                .orElse(null);
    }

    private List<DataStreamValueView> dataStreamValues(Device device, Template template) {
        Map<Integer, DataStreamDefinition> streams = template.dataStreams().stream()
                .collect(Collectors.toMap(DataStreamDefinition::id, Function.identity()));
        return data.loadCurrentValues(device.id()).stream()
                .filter(v -> streams.containsKey(v.dataStreamId()))
                .map(v -> {
                    DataStreamDefinition s = streams.get(v.dataStreamId());
                    return new DataStreamValueView(s.id(), s.pin(), s.label(), s.alias(), s.type().decode(v.value()),
                            v.updatedAt());
                })
                .toList();
    }

    private List<MetaFieldEntry> metaFieldValues(Device device, Template template) {
        Map<Integer, MetaFieldValue> stored = data.loadMetaFieldValues(device.id());
        return template.metaFields().stream()
                .map(definition -> new MetaFieldEntry(definition, valueOf(definition, device, stored)))
                .toList();
    }

    private MetaFieldValue valueOf(MetaFieldDefinition definition, Device device, Map<Integer, MetaFieldValue> stored) {
        if (definition.type() == MetaFieldType.DeviceName) {
            return new MetaFieldValue(MetaFieldType.DeviceName, Map.of("value", device.name().value()));
        }
        if (definition.type() == MetaFieldType.DeviceOwner) {
            return device.ownerUserId() == null ? MetaFieldValue.unset(MetaFieldType.DeviceOwner)
                    : users.loadUser(device.ownerUserId())
                            .map((User u) -> new MetaFieldValue(MetaFieldType.DeviceOwner, Map.of("value", u.email().value())))
                            .orElse(MetaFieldValue.unset(MetaFieldType.DeviceOwner));
        }
        return stored.getOrDefault(definition.id(), MetaFieldValue.unset(definition.type()));
    }
}
