package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.template.DataStreamValue;
import java.util.List;
import java.util.Map;

/** Current values of the given pins (all when empty), by pin; pins without a value are left out. */
public interface ReadDataStreamsUseCase {

    Map<String, DataStreamValue> readValues(Caller caller, int deviceId, List<String> pins);
}
