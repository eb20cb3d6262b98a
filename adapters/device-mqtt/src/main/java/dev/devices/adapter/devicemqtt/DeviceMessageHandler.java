package dev.devices.adapter.devicemqtt;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.devices.application.port.in.AdmitDeviceCallUseCase;
import dev.devices.application.port.in.DeviceCall;
import dev.devices.application.port.in.LogDeviceEventUseCase;
import dev.devices.application.port.in.ReportDeviceOfflineUseCase;
import dev.devices.application.port.in.ReportDeviceOnlineUseCase;
import dev.devices.application.port.in.ReportHardwareInfoUseCase;
import dev.devices.application.port.in.UpdateFromDeviceUseCase;
import dev.devices.domain.device.HardwareInfo;
import dev.devices.domain.error.DomainException;
import dev.devices.domain.error.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Turns one device message into a use-case call: the same use cases, and the same per-device call
 * limit, as the device HTTP API. MQTT has no reply, so a message that is refused (bad token, value or
 * code, over the limit) is counted and dropped. A store that cannot be reached is not a refusal: the
 * exception reaches the caller, which keeps the message to try again.
 */
@ApplicationScoped
class DeviceMessageHandler {

    private static final Logger LOG = Logger.getLogger(DeviceMessageHandler.class);

    /** What became of a message that was admitted. */
    enum Outcome { STORED, REFUSED }

    private final AdmitDeviceCallUseCase limits;
    private final UpdateFromDeviceUseCase update;
    private final LogDeviceEventUseCase logEvent;
    private final ReportHardwareInfoUseCase hardwareInfo;
    private final ReportDeviceOnlineUseCase online;
    private final ReportDeviceOfflineUseCase offline;
    private final ObjectMapper json;

    DeviceMessageHandler(AdmitDeviceCallUseCase limits, UpdateFromDeviceUseCase update, LogDeviceEventUseCase logEvent,
                         ReportHardwareInfoUseCase hardwareInfo, ReportDeviceOnlineUseCase online,
                         ReportDeviceOfflineUseCase offline, ObjectMapper json) {
        this.limits = limits;
        this.update = update;
        this.logEvent = logEvent;
        this.hardwareInfo = hardwareInfo;
        this.online = online;
        this.offline = offline;
        this.json = json;
    }

    /** Counts the message against its device's per-second limit (once, however often it is retried). */
    boolean admit(DeviceTopic topic) {
        return limits.admit(topic.token());
    }

    /** The payload's JSON object; {@code null} (the JSON literal) is refused like the HTTP API refuses it. */
    private HardwareInfo hardwareInfoIn(String payload) throws IOException {
        HardwareInfo info = json.readValue(payload, HardwareInfo.class);
        if (info == null) {
            throw InvalidInput.of("hardwareInfo", "A JSON object with the hardware info is required.");
        }
        return info;
    }

    Outcome handle(DeviceTopic topic, String payload) {
        // the transport does not tell the device's address: the call leaves the last known one
        DeviceCall call = new DeviceCall(topic.token(), null);
        try {
            switch (topic.kind()) {
                case UPDATE -> update.updateFromDevice(call, Map.of(topic.argument(), List.of(payload)));
                case EVENT -> logEvent.logDeviceEvent(call, topic.argument(), payload.isEmpty() ? null : payload);
                case HARDWARE -> hardwareInfo.reportHardwareInfo(call, hardwareInfoIn(payload));
                case STATUS -> {
                    if ("offline".equalsIgnoreCase(payload.strip())) {
                        offline.reportOffline(topic.token());
                    } else {
                        online.reportOnline(call);
                    }
                }
            }
            return Outcome.STORED;
        } catch (DomainException | IOException rejected) {
            LOG.debugf("Refused a %s message of device %s: %s", topic.kind(), masked(topic.token()), rejected.getMessage());
            return Outcome.REFUSED;
        }
    }

    /** Device tokens are secrets: logs show only their start. */
    static String masked(String token) {
        return token.length() <= 4 ? "…" : token.substring(0, 4) + "…";
    }
}
