package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import java.util.List;
import java.util.Map;

/** Current values of the given pins (all when empty), by pin; pins without a value are left out. */
public interface ReadDataStreamsUseCase {

    Map<String, Object> readValues(Caller caller, int deviceId, List<String> pins);
}
