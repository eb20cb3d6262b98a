package dev.devices.application.service;

import dev.devices.application.port.in.CheckHardwareConnectedUseCase;
import dev.devices.application.port.in.DeviceCall;
import dev.devices.application.port.in.LogDeviceEventUseCase;
import dev.devices.application.port.in.ReadForDeviceUseCase;
import dev.devices.application.port.in.RecordDisconnectionsUseCase;
import dev.devices.application.port.in.ReportDeviceOfflineUseCase;
import dev.devices.application.port.in.ReportDeviceOnlineUseCase;
import dev.devices.application.port.in.ReportHardwareInfoUseCase;
import dev.devices.application.port.in.UpdateFromDeviceUseCase;
import dev.devices.application.port.out.DeviceDataPort;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.SaveDevicePort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.TimelinePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.domain.device.ConnectionRules;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceToken;
import dev.devices.domain.device.HardwareInfo;
import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.template.DataStreamDefinition;
import dev.devices.domain.template.DataStreamValue;
import dev.devices.domain.template.DataStreamValueRules;
import dev.devices.domain.template.Template;
import dev.devices.domain.template.TemplateEvent;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.NewTimelineEntry;
import dev.devices.domain.timeline.TimelineRules;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The device side: calls authenticated by the device token, and the sweep that notices silence.
 * Every call that marks a device seen applies {@link ConnectionRules} and records ONLINE/OFFLINE
 * transitions on the timeline in the same transaction. Such calls hold the device's lock for their
 * transaction, so a device's own parallel calls apply one after the other and none is lost.
 */
public final class DeviceSideService implements CheckHardwareConnectedUseCase, UpdateFromDeviceUseCase,
        ReadForDeviceUseCase, LogDeviceEventUseCase, ReportHardwareInfoUseCase, ReportDeviceOnlineUseCase,
        ReportDeviceOfflineUseCase, RecordDisconnectionsUseCase {

    private static final int SWEEP_BATCH = 200;
    private static final int SWEEP_BATCHES_PER_RUN = 50;

    private final UnitOfWork unitOfWork;
    private final LoadDevicePort loadDevice;
    private final SaveDevicePort saveDevice;
    private final DeviceDataPort deviceData;
    private final TemplatePort templates;
    private final TimelinePort timeline;
    private final Clock clock;

    public DeviceSideService(UnitOfWork unitOfWork, LoadDevicePort loadDevice,
                             SaveDevicePort saveDevice, DeviceDataPort deviceData,
                             TemplatePort templates, TimelinePort timeline, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.loadDevice = loadDevice;
        this.saveDevice = saveDevice;
        this.deviceData = deviceData;
        this.templates = templates;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public boolean isHardwareConnected(String token) {
        return unitOfWork.inTransaction(() -> {
            Device device = authenticate(token);
            return device.isConnected(templateOf(device).heartbeatSeconds(), clock.millis());
        });
    }

    @Override
    public void updateFromDevice(DeviceCall call, Map<String, List<String>> valuesByPin) {
        if (valuesByPin.isEmpty()) {
            throw InvalidInput.of("pin", "Name at least one pin with its value, e.g. v1=23.5.");
        }
        unitOfWork.run(() -> {
            Device device = hold(call.token());
            Template template = templateOf(device);
            Map<DataStreamDefinition, DataStreamValue> accepted = new LinkedHashMap<>();
            valuesByPin.forEach((pin, raw) -> {
                DataStreamDefinition stream = template.dataStreamOnPin(pin).orElseThrow(() ->
                        InvalidInput.of("pin", "The device's template has no datastream on pin '" + pin + "'."));
                accepted.put(stream, DataStreamValueRules.accept(stream, parse(stream, raw)));
            });
            long now = clock.millis();
            accepted.forEach((stream, value) -> deviceData.writeValue(device.id(), stream.id(), value, now));
            save(seen(device, template, call, now));
        });
    }

    @Override
    public Map<String, DataStreamValue> readForDevice(String token, List<String> pins) {
        return unitOfWork.inTransaction(() -> {
            Device device = authenticate(token);
            return DeviceDataService.valuesByPin(templateOf(device), deviceData.loadCurrentValues(device.id()), pins);
        });
    }

    @Override
    public void logDeviceEvent(DeviceCall call, String eventCode, String description) {
        if (eventCode == null || eventCode.isBlank()) {
            throw InvalidInput.of("code", "'code' is required.");
        }
        TimelineRules.checkTrigger(eventCode, description);
        unitOfWork.run(() -> {
            Device device = hold(call.token());
            Template template = templateOf(device);
            TemplateEvent event = template.eventWithCode(eventCode).orElseThrow(NotFound::eventCode);
            long now = clock.millis();
            Device seen = ConnectionRules.onDeviceEvent(seen(device, template, call, now), now);
            timeline.appendTimelineEntry(new NewTimelineEntry(device.id(), device.orgId(), event.id(), event.type(),
                    event.eventCode(), description, now));
            save(seen);
        });
    }

    @Override
    public void reportHardwareInfo(DeviceCall call, HardwareInfo info) {
        info.checked();
        unitOfWork.run(() -> {
            Device device = hold(call.token());
            long now = clock.millis();
            save(ConnectionRules.onHardwareInfo(seen(device, templateOf(device), call, now), info, now));
        });
    }

    @Override
    public void reportOnline(DeviceCall call) {
        unitOfWork.run(() -> {
            Device device = hold(call.token());
            save(seen(device, templateOf(device), call, clock.millis()));
        });
    }

    @Override
    public void reportOffline(String token) {
        unitOfWork.run(() -> {
            Device device = hold(token);
            long now = clock.millis();
            ConnectionRules.onDisconnect(device, templateOf(device).heartbeatSeconds(), now).ifPresent(gone -> {
                save(gone);
                appendTransition(gone, EventType.OFFLINE, now);
            });
        });
    }

    /**
     * Looks at the devices whose offline check fell due, a batch per unit of work, until fewer than a
     * batch are due (bounded, so one sweep ends): each batch is locked and skipped by other instances'
     * sweeps, so instances share the work instead of repeating it.
     */
    @Override
    public int recordDisconnections() {
        long now = clock.millis();
        int recorded = 0;
        for (int batch = 0; batch < SWEEP_BATCHES_PER_RUN; batch++) {
            SweptBatch swept = unitOfWork.inTransaction(() -> checkDueBatch(now));
            recorded += swept.recorded();
            if (swept.lookedAt() < SWEEP_BATCH) {
                break;
            }
        }
        return recorded;
    }

    /** What one batch of due checks did. */
    private record SweptBatch(int lookedAt, int recorded) {
    }

    private SweptBatch checkDueBatch(long now) {
        List<Device> due = loadDevice.lockDueOfflineChecks(now, SWEEP_BATCH);
        Map<Integer, Template> byId = templates.loadTemplates(due.stream().map(Device::templateId).distinct().toList())
                .stream().collect(Collectors.toMap(Template::id, Function.identity()));
        int recorded = 0;
        for (Device device : due) {
            ConnectionRules.OfflineCheck check = ConnectionRules.onOfflineCheck(device,
                    byId.get(device.templateId()).heartbeatSeconds(), now);
            saveDevice.updateDevice(check.device());
            if (check.wentOffline()) {
                appendTransition(check.device(), EventType.OFFLINE, check.device().connectivity().disconnectTime());
                recorded++;
            }
        }
        return new SweptBatch(due.size(), recorded);
    }

    /** The device after a call: activated, connected, and its transitions appended to the timeline. */
    private Device seen(Device device, Template template, DeviceCall call, long now) {
        ConnectionRules.Call result = ConnectionRules.onDeviceCall(device, template.heartbeatSeconds(), now, call.ip());
        if (result.wentOfflineAt() != null) {
            appendTransition(device, EventType.OFFLINE, result.wentOfflineAt());
        }
        if (result.cameOnline()) {
            appendTransition(device, EventType.ONLINE, now);
        }
        return result.device();
    }

    private void appendTransition(Device device, EventType type, long at) {
        timeline.appendTimelineEntry(new NewTimelineEntry(device.id(), device.orgId(), null, type, null, null, at));
    }

    private void save(Device device) {
        saveDevice.updateDevice(device);
    }

    /** The device the token names, for reading. */
    private Device authenticate(String token) {
        return loadDevice.loadDeviceByToken(parse(token), clock.millis()).orElseThrow(DeviceSideService::invalidToken);
    }

    /** The device the token names, locked until the transaction ends: for calls that change it. */
    private Device hold(String token) {
        return loadDevice.lockDeviceByToken(parse(token), clock.millis()).orElseThrow(DeviceSideService::invalidToken);
    }

    private static DeviceToken parse(String token) {
        try {
            return DeviceToken.of(token);
        } catch (IllegalArgumentException e) {
            throw invalidToken();
        }
    }

    private static InvalidInput invalidToken() {
        return InvalidInput.of("token", "Invalid token.");
    }

    /** Text from the device as the datastream's type: numbers parsed, Location from two values or "lon,lat". */
    private static Object parse(DataStreamDefinition stream, List<String> raw) {
        String first = raw.isEmpty() ? "" : raw.get(0);
        try {
            return switch (stream.type()) {
                case Integer -> Long.valueOf(first.strip());
                case Double -> Double.valueOf(first.strip());
                case String -> first;
                case Location -> (raw.size() == 2 ? raw : List.of(first.split(","))).stream()
                        .map(s -> (Object) Double.valueOf(s.strip())).toList();
            };
        } catch (NumberFormatException e) {
            return first; // not a number: the datastream's rule rejects it with its own message
        }
    }


    private Template templateOf(Device device) {
        return DeviceAccess.templateOf(templates, device);
    }
}
