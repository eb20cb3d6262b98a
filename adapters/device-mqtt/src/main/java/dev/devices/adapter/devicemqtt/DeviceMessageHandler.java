package dev.devices.adapter.devicemqtt;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.devices.application.port.in.DeviceCall;
import dev.devices.application.port.in.LogDeviceEventUseCase;
import dev.devices.application.port.in.ReportDeviceOfflineUseCase;
import dev.devices.application.port.in.ReportDeviceOnlineUseCase;
import dev.devices.application.port.in.ReportHardwareInfoUseCase;
import dev.devices.application.port.in.UpdateFromDeviceUseCase;
import dev.devices.domain.device.HardwareInfo;
import dev.devices.domain.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Turns one device message into a use-case call: the same use cases the device HTTP API calls.
 * MQTT has no reply, so a rejected message (bad token, value, code) is logged and dropped.
 */
@ApplicationScoped
class DeviceMessageHandler {

    private static final Logger LOG = Logger.getLogger(DeviceMessageHandler.class);

    private final UpdateFromDeviceUseCase update;
    private final LogDeviceEventUseCase logEvent;
    private final ReportHardwareInfoUseCase hardwareInfo;
    private final ReportDeviceOnlineUseCase online;
    private final ReportDeviceOfflineUseCase offline;
    private final ObjectMapper json;

    DeviceMessageHandler(UpdateFromDeviceUseCase update, LogDeviceEventUseCase logEvent,
                         ReportHardwareInfoUseCase hardwareInfo, ReportDeviceOnlineUseCase online,
                         ReportDeviceOfflineUseCase offline, ObjectMapper json) {
        this.update = update;
        this.logEvent = logEvent;
        this.hardwareInfo = hardwareInfo;
        this.online = online;
        this.offline = offline;
        this.json = json;
    }

    void handle(DeviceTopic topic, String payload) {
        // the transport does not tell the device's address: the call leaves the last known one
        DeviceCall call = new DeviceCall(topic.token(), null);
        try {
            switch (topic.kind()) {
                case UPDATE -> update.updateFromDevice(call, Map.of(topic.argument(), List.of(payload)));
                case EVENT -> logEvent.logDeviceEvent(call, topic.argument(), payload.isEmpty() ? null : payload);
                case HARDWARE -> hardwareInfo.reportHardwareInfo(call, json.readValue(payload, HardwareInfo.class));
                case STATUS -> {
                    if ("offline".equalsIgnoreCase(payload.strip())) {
                        offline.reportOffline(topic.token());
                    } else {
                        online.reportOnline(call);
                    }
                }
            }
        } catch (DomainException | IOException rejected) {
            LOG.debugf("Dropped a %s message of device %s: %s", topic.kind(), masked(topic.token()), rejected.getMessage());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not handle a %s message of device %s", topic.kind(), masked(topic.token()));
        }
    }

    /** Device tokens are secrets: logs show only their start. */
    private static String masked(String token) {
        return token.length() <= 4 ? "…" : token.substring(0, 4) + "…";
    }
}
