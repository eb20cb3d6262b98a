package dev.devices.adapter.rest.dto;

import dev.devices.domain.device.Device;
import dev.devices.domain.device.HardwareInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Device as lists and updates show it (contract §2). Absent values are omitted. */
@Schema(name = "Device", requiredProperties = {"id", "name", "templateId", "originalTemplateId", "orgId", "token"})
public record DeviceJson(int id, String name, int templateId, int originalTemplateId, int orgId, String token,
                         Long activatedAt, Long ownerUserId, HardwareInfo hardwareInfo) {

    public static DeviceJson of(Device d) {
        return new DeviceJson(d.id(), d.name().value(), d.templateId(), d.originalTemplateId(), d.orgId(),
                d.token().value(), d.activatedAt(), d.ownerUserId(), d.hardwareInfo());
    }
}
