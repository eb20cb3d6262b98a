package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.timeline.TimelineRules;
import java.util.Objects;

/** D18: marks a timeline entry resolved (the first resolution stays). */
public interface ResolveEventUseCase {

    void resolveEvent(ResolveEventCommand command);

    /** The device's timeline entry, with an optional comment of at most 1,000 characters. */
    record ResolveEventCommand(Caller caller, int deviceId, long timelineEntryId, String comment) {
        public ResolveEventCommand {
            Objects.requireNonNull(caller);
            TimelineRules.checkComment(comment);
        }
    }
}
