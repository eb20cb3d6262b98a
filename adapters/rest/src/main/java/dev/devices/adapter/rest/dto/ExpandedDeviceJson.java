package dev.devices.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.devices.application.port.in.ListExpandedDevicesUseCase.ExpandedDevice;
import dev.devices.application.port.in.ListExpandedDevicesUseCase.Expansion;
import dev.devices.domain.device.Device;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** D2: a device with the parts asked for in {@code include}. */
@Schema(name = "ExpandedDevice")
public record ExpandedDeviceJson(@JsonUnwrapped DeviceJson device,
                                 List<DeviceDetailJson.DataStreamValueJson> dataStreamValues,
                                 List<DeviceDetailJson.MetaFieldValueJson> metaFieldValues) {

    public static ExpandedDeviceJson of(ExpandedDevice expanded, Set<Expansion> include) {
        Device d = expanded.device();
        DeviceJson base = new DeviceJson(d.id(), d.name().value(), d.templateId(), d.originalTemplateId(), d.orgId(),
                d.token().value(), d.activatedAt(), d.ownerUserId(),
                include.contains(Expansion.hardwareInfo) ? d.hardwareInfo() : null);
        return new ExpandedDeviceJson(base,
                expanded.dataStreamValues() == null ? null
                        : expanded.dataStreamValues().stream().map(DeviceDetailJson.DataStreamValueJson::of).toList(),
                expanded.metaFieldValues() == null ? null
                        : expanded.metaFieldValues().stream().map(DeviceDetailJson.MetaFieldValueJson::of).toList());
    }
}
