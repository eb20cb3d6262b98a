package dev.devices.application.service;

import dev.devices.application.port.in.DeviceDetails;
import dev.devices.application.port.in.DeviceDetails.DataStreamValueView;
import dev.devices.application.port.in.DeviceDetails.LifecycleStatus;
import dev.devices.application.port.in.DeviceDetails.MetaFieldEntry;
import dev.devices.application.port.in.ListExpandedDevicesUseCase.ExpandedDevice;
import dev.devices.application.port.in.ListExpandedDevicesUseCase.Expansion;
import dev.devices.application.port.out.DeviceDataPort;
import dev.devices.application.port.out.DeviceDataPort.StoredValue;
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
import dev.devices.domain.user.User;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds what callers see of devices from the device, its template, stored values and owner: one
 * device's details, or a whole page's expansions with a fixed number of queries.
 */
final class DeviceViews {

    private final DeviceDataPort deviceData;
    private final TemplatePort templates;
    private final TimelinePort timeline;
    private final UserPort users;

    DeviceViews(DeviceDataPort deviceData, TemplatePort templates, TimelinePort timeline, UserPort users) {
        this.deviceData = deviceData;
        this.templates = templates;
        this.timeline = timeline;
        this.users = users;
    }

    DeviceDetails details(Device device, Template template, DeviceDetails.Depth depth) {
        LifecycleStatus lifecycle = timeline.lifecycleEventId(device.id())
                .flatMap(template::event)
                .map(e -> new LifecycleStatus(e.id(), e.name()))
                .orElse(null);
        if (depth == DeviceDetails.Depth.BASE_INFO) {
            return new DeviceDetails(device, lifecycle, List.of(), List.of());
        }
        return new DeviceDetails(device, lifecycle,
                dataStreamValues(template, deviceData.loadCurrentValues(device.id())),
                metaFieldValues(device, template, deviceData.loadMetaFieldValues(device.id()), ownerEmail(device)));
    }

    /**
     * The details of a device created in this unit of work, from what was just written rather than
     * read back: no values yet, the initial metafield values, the lifecycle event it was created with.
     */
    DeviceDetails ofCreated(Device device, Template template, Optional<TemplateEvent> lifecycleEvent,
                            Map<Integer, MetaFieldValue> metaFieldValues, String ownerEmail, DeviceDetails.Depth depth) {
        LifecycleStatus lifecycle = lifecycleEvent.map(e -> new LifecycleStatus(e.id(), e.name())).orElse(null);
        if (depth == DeviceDetails.Depth.BASE_INFO) {
            return new DeviceDetails(device, lifecycle, List.of(), List.of());
        }
        return new DeviceDetails(device, lifecycle, List.of(), metaFieldValues(device, template, metaFieldValues, ownerEmail));
    }

    List<MetaFieldEntry> metaFieldValues(Device device, Template template) {
        return metaFieldValues(device, template, deviceData.loadMetaFieldValues(device.id()), ownerEmail(device));
    }

    List<ExpandedDevice> expand(List<Device> devices, Set<Expansion> include) {
        boolean values = include.contains(Expansion.dataStreamValues);
        boolean metaFields = include.contains(Expansion.metaFieldValues);
        if (devices.isEmpty() || (!values && !metaFields)) {
            return devices.stream().map(d -> new ExpandedDevice(d, null, null)).toList();
        }
        List<Integer> ids = devices.stream().map(Device::id).toList();
        Map<Integer, Template> byId = templates
                .loadTemplates(devices.stream().map(Device::templateId).distinct().toList()).stream()
                .collect(Collectors.toMap(Template::id, Function.identity()));
        Map<Integer, List<StoredValue>> storedValues = values ? deviceData.loadCurrentValues(ids) : Map.of();
        Map<Integer, Map<Integer, MetaFieldValue>> storedMeta = metaFields ? deviceData.loadMetaFieldValues(ids) : Map.of();
        Map<Long, String> ownerEmails = metaFields ? ownerEmails(devices) : Map.of();
        return devices.stream().map(d -> {
            Template template = byId.get(d.templateId());
            return new ExpandedDevice(d,
                    values ? dataStreamValues(template, storedValues.getOrDefault(d.id(), List.of())) : null,
                    metaFields ? metaFieldValues(d, template, storedMeta.getOrDefault(d.id(), Map.of()),
                            d.ownerUserId() == null ? null : ownerEmails.get(d.ownerUserId())) : null);
        }).toList();
    }

    private Map<Long, String> ownerEmails(List<Device> devices) {
        List<Long> owners = devices.stream().map(Device::ownerUserId).filter(Objects::nonNull).distinct().toList();
        return owners.isEmpty() ? Map.of() : users.loadUsers(owners).stream()
                .collect(Collectors.toMap(User::id, u -> u.email().value()));
    }

    private String ownerEmail(Device device) {
        return device.ownerUserId() == null ? null
                : users.loadUser(device.ownerUserId()).map(u -> u.email().value()).orElse(null);
    }

    private static List<DataStreamValueView> dataStreamValues(Template template, List<StoredValue> stored) {
        Map<Integer, DataStreamDefinition> streams = template.dataStreams().stream()
                .collect(Collectors.toMap(DataStreamDefinition::id, Function.identity()));
        return stored.stream()
                .filter(v -> streams.containsKey(v.dataStreamId()))
                .map(v -> {
                    DataStreamDefinition s = streams.get(v.dataStreamId());
                    return new DataStreamValueView(s.id(), s.pin(), s.label(), s.alias(), s.type().decode(v.value()),
                            v.updatedAt());
                })
                .toList();
    }

    /** Every metafield of the template with the device's value; DeviceName and DeviceOwner are derived. */
    private static List<MetaFieldEntry> metaFieldValues(Device device, Template template,
                                                        Map<Integer, MetaFieldValue> stored, String ownerEmail) {
        return template.metaFields().stream()
                .map(definition -> new MetaFieldEntry(definition, valueOf(definition, device, stored, ownerEmail)))
                .toList();
    }

    private static MetaFieldValue valueOf(MetaFieldDefinition definition, Device device,
                                          Map<Integer, MetaFieldValue> stored, String ownerEmail) {
        if (definition.type() == MetaFieldType.DeviceName) {
            return new MetaFieldValue.DeviceNameValue(device.name());
        }
        if (definition.type() == MetaFieldType.DeviceOwner) {
            return ownerEmail == null ? MetaFieldValue.unset(MetaFieldType.DeviceOwner)
                    : new MetaFieldValue.DeviceOwnerValue(ownerEmail);
        }
        return stored.getOrDefault(definition.id(), MetaFieldValue.unset(definition.type()));
    }
}
