package dev.devices.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.devices.application.port.in.DeviceDetails;
import dev.devices.domain.device.Connectivity;
import dev.devices.domain.device.Device;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Device detail (D4, D8) and base info (D7: without {@code dataStreamValues} and {@code metaFieldValues}).
 */
@Schema(name = "DeviceDetail")
public record DeviceDetailJson(@JsonUnwrapped DeviceJson device, LifecycleStatusJson lifecycleStatus,
                               Long firstConnectTime, Long connectTime, Long disconnectTime, Long firmwareUpdatedAt,
                               String ip, Long lastReceivedEventAt, List<DataStreamValueJson> dataStreamValues,
                               List<MetaFieldValueJson> metaFieldValues) {

    public static DeviceDetailJson of(DeviceDetails details, DeviceDetails.Depth depth) {
        Device d = details.device();
        Connectivity c = d.connectivity();
        boolean full = depth == DeviceDetails.Depth.FULL;
        return new DeviceDetailJson(DeviceJson.of(d),
                details.lifecycleStatus() == null ? null
                        : new LifecycleStatusJson(details.lifecycleStatus().eventId(), details.lifecycleStatus().name()),
                c.firstConnectTime(), c.connectTime(), c.disconnectTime(), c.firmwareUpdatedAt(), c.ip(),
                c.lastReceivedEventAt(),
                full ? details.dataStreamValues().stream().map(DataStreamValueJson::of).toList() : null,
                full ? details.metaFieldValues().stream().map(MetaFieldValueJson::of).toList() : null);
    }

    /** The latest LIFECYCLE event of the device. */
    @Schema(name = "LifecycleStatus")
    public record LifecycleStatusJson(int eventId, String name) {
    }

    @Schema(name = "DataStreamValue")
    public record DataStreamValueJson(int dataStreamId, String pin, String dataStreamLabel, String dataStreamAlias,
                                      Object value, long updatedAt) {
        public static DataStreamValueJson of(DeviceDetails.DataStreamValueView v) {
            return new DataStreamValueJson(v.dataStreamId(), v.pin(), v.label(), v.alias(), v.value().json(), v.updatedAt());
        }
    }

    /** {@code value} is {@code {"type": "<Type>", ...the type's fields}}. */
    @Schema(name = "MetaFieldValue")
    public record MetaFieldValueJson(int id, String name, @JsonProperty("isMandatory") boolean isMandatory,
                                     @JsonProperty("includeInProvision") boolean includeInProvision,
                                     Map<String, Object> value) {
        public static MetaFieldValueJson of(DeviceDetails.MetaFieldEntry entry) {
            Map<String, Object> value = new java.util.LinkedHashMap<>();
            value.put("type", entry.value().type().name());
            value.putAll(entry.value().fields());
            return new MetaFieldValueJson(entry.definition().id(), entry.definition().name(),
                    entry.definition().isMandatory(), entry.definition().includeInProvision(), value);
        }
    }
}
