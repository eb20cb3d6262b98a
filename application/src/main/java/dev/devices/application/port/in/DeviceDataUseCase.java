package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import java.util.List;
import java.util.Map;

/**
 * D16 clear data, D23 update a metafield, and the datastream calls: read current values by pin,
 * write values (each one logged in the actions log).
 */
public interface DeviceDataUseCase {

    /** Erases values and their history, timeline, actions log and connection statistics. */
    void clearData(Caller caller, int deviceId);

    /** {@code newValue} as JSON parsed it: string, number, boolean, map or list. */
    void updateMetaField(Caller caller, int deviceId, int metaFieldId, Object newValue);

    /** Current values of the given pins (all pins when empty), by pin; pins without a value are left out. */
    Map<String, Object> readValues(Caller caller, int deviceId, List<String> pins);

    /** Writes all values or none; keys are datastream ids of the device's template. */
    void writeValues(Caller caller, int deviceId, Map<Integer, Object> valuesByDataStreamId);
}
