package dev.devices.adapter.rest.dto;

import dev.devices.domain.tag.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Tags as the management calls show them. */
@Schema(name = "Tag")
public record TagJson(int id, String name, String color) {

    public static TagJson of(Tag t) {
        return new TagJson(t.id(), t.name(), t.color());
    }

    /** A tag on a device (D10): {@code tagOwnerOrgId} is the organization that created it. */
    @Schema(name = "DeviceTag")
    public record OnDevice(int id, String name, int tagOwnerOrgId) {
        public static OnDevice of(Tag t) {
            return new OnDevice(t.id(), t.name(), t.orgId());
        }
    }
}
