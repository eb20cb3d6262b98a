package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.timeline.TimelineRules;
import java.util.Objects;

/** D17: appends a template event of the device's template to its timeline. */
public interface TriggerEventUseCase {

    void triggerEvent(TriggerEventCommand command);

    /** An event code of the device's template and an optional description within Blynk's bounds. */
    record TriggerEventCommand(Caller caller, int deviceId, String eventCode, String description) {
        public TriggerEventCommand {
            Objects.requireNonNull(caller);
            Objects.requireNonNull(eventCode);
            TimelineRules.checkTrigger(eventCode, description);
        }
    }
}
