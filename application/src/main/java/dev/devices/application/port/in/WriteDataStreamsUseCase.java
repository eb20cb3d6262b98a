package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import java.util.Map;

/** Writes datastream values, all or none, each logged in the actions log; keys are datastream ids. */
public interface WriteDataStreamsUseCase {

    void writeValues(Caller caller, int deviceId, Map<Integer, Object> valuesByDataStreamId);
}
