package dev.devices.domain.access;

import dev.devices.domain.organization.OrgPath;
import dev.devices.domain.organization.Organization;

/**
 * The part of the organization tree a caller may see: one organization and all its descendants.
 * Every load of tenant data happens within a reach, never by bare id followed by a check.
 */
public record Reach(int orgId, OrgPath path) {

    public static Reach of(Organization organization) {
        return new Reach(organization.id(), organization.path());
    }

    public boolean includes(Organization organization) {
        return path.contains(organization.path());
    }
}
