package dev.devices.application.port.in;

import dev.devices.domain.device.Device;
import dev.devices.domain.template.DataStreamValue;
import dev.devices.domain.template.MetaFieldDefinition;
import dev.devices.domain.template.MetaFieldValue;
import java.util.List;

/**
 * A device as the detail view shows it: the device, its latest lifecycle status and, at
 * {@link Depth#FULL}, its current datastream values and metafield values.
 */
public record DeviceDetails(Device device, LifecycleStatus lifecycleStatus, List<DataStreamValueView> dataStreamValues,
                            List<MetaFieldEntry> metaFieldValues) {

    public enum Depth { BASE_INFO, FULL }

    /** The latest LIFECYCLE event triggered on the device. */
    public record LifecycleStatus(int eventId, String name) {
    }

    public record DataStreamValueView(int dataStreamId, String pin, String label, String alias, DataStreamValue value,
                                      long updatedAt) {
    }

    public record MetaFieldEntry(MetaFieldDefinition definition, MetaFieldValue value) {
    }
}
