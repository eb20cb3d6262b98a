package dev.devices.application.service;

import dev.devices.application.port.in.ClearDeviceDataUseCase;
import dev.devices.application.port.in.ReadDataStreamsUseCase;
import dev.devices.application.port.in.UpdateMetaFieldUseCase;
import dev.devices.application.port.in.UpdateMetaFieldUseCase.UpdateMetaFieldCommand;
import dev.devices.application.port.in.WriteDataStreamsUseCase;
import dev.devices.application.port.in.WriteDataStreamsUseCase.WriteDataStreamsCommand;
import dev.devices.application.port.out.ActionLogPort;
import dev.devices.application.port.out.DeviceDataPort;
import dev.devices.application.port.out.DeviceDataPort.StoredValue;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.SaveDevicePort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.TimelinePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.port.out.UserPort;
import dev.devices.domain.access.Caller;
import dev.devices.domain.access.DeviceAction;
import dev.devices.domain.device.Device;
import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.log.ActionLogEntry;
import dev.devices.domain.template.DataStreamDefinition;
import dev.devices.domain.template.DataStreamValue;
import dev.devices.domain.template.DataStreamValueRules;
import dev.devices.domain.template.MetaFieldDefinition;
import dev.devices.domain.template.MetaFieldValue;
import dev.devices.domain.template.MetaFieldValueRules;
import dev.devices.domain.template.Template;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.NewTimelineEntry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Clearing a device's data (D16), metafield updates (D23) and datastream reads and writes. */
public final class DeviceDataService implements ClearDeviceDataUseCase, UpdateMetaFieldUseCase, ReadDataStreamsUseCase,
        WriteDataStreamsUseCase {

    private final UnitOfWork unitOfWork;
    private final SaveDevicePort saveDevice;
    private final DeviceDataPort deviceData;
    private final TimelinePort timeline;
    private final UserPort users;
    private final ActionLogPort actionLog;
    private final DeviceAccess devices;
    private final Clock clock;

    public DeviceDataService(UnitOfWork unitOfWork, OrganizationTreePort organizations, LoadDevicePort loadDevice,
                             SaveDevicePort saveDevice, DeviceDataPort deviceData, TemplatePort templates,
                             TimelinePort timeline, UserPort users, ActionLogPort actionLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.saveDevice = saveDevice;
        this.deviceData = deviceData;
        this.timeline = timeline;
        this.users = users;
        this.actionLog = actionLog;
        this.devices = new DeviceAccess(organizations, loadDevice, templates);
        this.clock = clock;
    }

    @Override
    public void clearData(Caller caller, int deviceId) {
        unitOfWork.run(() -> {
            // the device first, as its own calls take it before its values: otherwise the two deadlock
            Device device = devices.lock(caller, deviceId, DeviceAction.EDIT);
            deviceData.clearValues(device.id());
            timeline.clearTimeline(device.id());
            actionLog.clearActionLog(device.id());
            saveDevice.updateDevice(device.withStatisticsCleared());
            timeline.appendTimelineEntry(new NewTimelineEntry(device.id(), device.orgId(), null,
                    EventType.INFORMATION, null, "Device data cleared", clock.millis()));
        });
    }

    @Override
    public void updateMetaField(UpdateMetaFieldCommand command) {
        unitOfWork.run(() -> {
            // locked first: the configuration version then counts changes one after the other
            Device device = devices.lock(command.caller(), command.deviceId(), DeviceAction.EDIT);
            MetaFieldDefinition definition = devices.templateOf(device).metaField(command.metaFieldId())
                    .orElseThrow(NotFound::metaField);
            MetaFieldValue value = MetaFieldValueRules.accept(definition, command.newValue());
            if (value.deviceName().isPresent()) {
                saveDevice.updateDevice(device.rename(value.deviceName().get()));
            } else if (!value.equals(deviceData.loadMetaFieldValues(device.id()).get(definition.id()))) {
                deviceData.saveMetaFieldValues(device.id(), Map.of(definition.id(), value));
                saveDevice.updateDevice(device.configurationChanged());
            }
        });
    }

    @Override
    public Map<String, DataStreamValue> readValues(Caller caller, int deviceId, List<String> pins) {
        return unitOfWork.inTransaction(() -> {
            Device device = devices.load(caller, deviceId, DeviceAction.VIEW);
            Template template = devices.templateOf(device);
            for (String pin : pins) {
                if (template.dataStreamOnPin(pin).isEmpty()) {
                    throw InvalidInput.of("pins", "pins: the device's template has no datastream on pin '" + pin + "'.");
                }
            }
            return valuesByPin(template, deviceData.loadCurrentValues(device.id()), pins);
        });
    }

    /** Current values by pin, of the given pins or of all when none are named; pins without a value are left out. */
    static Map<String, DataStreamValue> valuesByPin(Template template, List<StoredValue> stored, List<String> pins) {
        Map<Integer, StoredValue> current = stored.stream().collect(Collectors.toMap(StoredValue::dataStreamId, Function.identity()));
        Map<String, DataStreamValue> values = new LinkedHashMap<>();
        for (DataStreamDefinition stream : template.dataStreams()) {
            StoredValue value = current.get(stream.id());
            if (value != null && (pins.isEmpty() || pins.contains(stream.pin()))) {
                values.put(stream.pin(), stream.type().decode(value.value()));
            }
        }
        return values;
    }

    @Override
    public void writeValues(WriteDataStreamsCommand command) {
        Caller caller = command.caller();
        unitOfWork.run(() -> {
            Device device = devices.load(caller, command.deviceId(), DeviceAction.EDIT);
            Template template = devices.templateOf(device);
            Map<DataStreamDefinition, DataStreamValue> accepted = new LinkedHashMap<>();
            command.valuesByDataStreamId().forEach((id, value) -> {
                DataStreamDefinition stream = template.dataStream(id).orElseThrow(NotFound::dataStream);
                accepted.put(stream, DataStreamValueRules.accept(stream, value));
            });
            long now = clock.millis();
            boolean online = device.isConnected(template.heartbeatSeconds(), now);
            String userEmail = caller.userId() == null ? null
                    : users.loadUser(caller.userId()).map(u -> u.email().value()).orElse(null);
            accepted.forEach((stream, value) -> {
                deviceData.writeValue(device.id(), stream.id(), value, now);
                actionLog.appendLogEntry(new ActionLogEntry(0, device.id(), device.orgId(), userEmail, value.stored(), stream.pin(),
                        ActionLogEntry.VIRTUAL, online, now));
            });
        });
    }
}
