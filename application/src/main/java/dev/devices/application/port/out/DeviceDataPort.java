package dev.devices.application.port.out;

import dev.devices.domain.template.MetaFieldValue;
import java.util.List;
import java.util.Map;

/** What a device holds besides its identity: metafield values and current datastream values. */
public interface DeviceDataPort {

    /** The device's stored metafield values by metafield id. */
    Map<Integer, MetaFieldValue> loadMetaFieldValues(int deviceId);

    void saveMetaFieldValues(int deviceId, Map<Integer, MetaFieldValue> values);

    /** Current value of each datastream that has one. */
    List<StoredValue> loadCurrentValues(int deviceId);

    /** A datastream's current value as written; its datastream's type says how to read it. */
    record StoredValue(int dataStreamId, String value, long updatedAt) {
    }
}
