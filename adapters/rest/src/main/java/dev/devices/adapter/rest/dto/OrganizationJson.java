package dev.devices.adapter.rest.dto;

import dev.devices.domain.organization.Organization;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organization")
public record OrganizationJson(int id, String name, String description, Integer parentOrganizationId, String tz,
                               long lastModifiedTs) {

    public static OrganizationJson of(Organization o) {
        return new OrganizationJson(o.id(), o.name(), o.description(), o.parentId(), o.tz(), o.lastModifiedTs());
    }
}
