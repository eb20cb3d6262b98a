package dev.devices.application.port.out;

import dev.devices.domain.template.DataStreamValue;
import dev.devices.domain.template.MetaFieldValue;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What devices hold besides their identity: metafield values and datastream values with their history. */
public interface DeviceDataPort {

    /** Stored metafield values by device id, then metafield id; one query for any number of devices. */
    Map<Integer, Map<Integer, MetaFieldValue>> loadMetaFieldValues(Collection<Integer> deviceIds);

    default Map<Integer, MetaFieldValue> loadMetaFieldValues(int deviceId) {
        return loadMetaFieldValues(List.of(deviceId)).getOrDefault(deviceId, Map.of());
    }

    void saveMetaFieldValues(int deviceId, Map<Integer, MetaFieldValue> values);

    /** Current datastream values by device id; one query for any number of devices. */
    Map<Integer, List<StoredValue>> loadCurrentValues(Collection<Integer> deviceIds);

    default List<StoredValue> loadCurrentValues(int deviceId) {
        return loadCurrentValues(List.of(deviceId)).getOrDefault(deviceId, List.of());
    }

    /** Sets a datastream's current value and appends it to its history. */
    void writeValue(int deviceId, int dataStreamId, DataStreamValue value, long at);

    /** Erases current values and their history. */
    void clearValues(int deviceId);

    /** A datastream's current value as written; its datastream's type says how to read it. */
    record StoredValue(int dataStreamId, String value, long updatedAt) {
    }
}
