package dev.devices.application.port.out;

import dev.devices.domain.organization.Organization;
import java.util.Optional;

/** The organization tree. */
public interface OrganizationTreePort {

    Optional<Organization> loadOrganization(int orgId);

    /** Creates an organization under {@code parent} (null: the root) and gives it its path. */
    Organization createOrganization(NewOrganization organization);

    /** True once the root organization exists. */
    boolean rootExists();

    record NewOrganization(String name, String description, Organization parent, String tz, long lastModifiedTs) {
    }
}
