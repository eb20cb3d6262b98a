package dev.devices.adapter.rest.dto;

import dev.devices.domain.device.Device;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recently activated device (D21). */
@Schema(name = "RecentlyActivatedDevice")
public record RecentlyActivatedJson(int id, int orgId, int templateId, Long ownerUserId, long activationTime) {

    public static RecentlyActivatedJson of(Device d) {
        return new RecentlyActivatedJson(d.id(), d.orgId(), d.templateId(), d.ownerUserId(), d.activatedAt());
    }
}
