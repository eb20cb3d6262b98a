package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.error.InvalidInput;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Writes datastream values, all or none, each logged in the actions log. */
public interface WriteDataStreamsUseCase {

    void writeValues(WriteDataStreamsCommand command);

    /**
     * At least one value, by datastream id; values as JSON parsed them, checked against each
     * datastream's type once the device's template is known.
     */
    record WriteDataStreamsCommand(Caller caller, int deviceId, Map<Integer, Object> valuesByDataStreamId) {
        public WriteDataStreamsCommand {
            Objects.requireNonNull(caller);
            if (valuesByDataStreamId.isEmpty()) {
                throw InvalidInput.of("values", "values must name at least one datastream.");
            }
            valuesByDataStreamId = Collections.unmodifiableMap(new LinkedHashMap<>(valuesByDataStreamId));
        }
    }
}
