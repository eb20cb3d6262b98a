package dev.devices.application.service;

import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.domain.access.Caller;
import dev.devices.domain.access.PermissionPolicy;
import dev.devices.domain.access.Reach;
import dev.devices.domain.access.ReachPolicy;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.user.Permission;
import java.util.function.Supplier;

/** Resolves what a caller reaches: its own organization's subtree. */
final class OrganizationAccess {

    private final OrganizationTreePort organizations;

    OrganizationAccess(OrganizationTreePort organizations) {
        this.organizations = organizations;
    }

    Organization callerOrganization(Caller caller) {
        return organizations.loadOrganization(caller.orgId()).orElseThrow(NotFound::organization);
    }

    Reach reachOf(Caller caller) {
        return Reach.of(callerOrganization(caller));
    }

    /**
     * For a management call: the organization {@code orgId} (null: the caller's own) if the caller
     * reaches it (else 404), and only if the caller holds {@code permission} (else 403).
     */
    Organization reachableFor(Caller caller, Integer orgId, Permission permission) {
        Organization organization = reachable(caller, orgId, NotFound::organization);
        PermissionPolicy.requires(caller, permission).orThrow();
        return organization;
    }

    /** The organization {@code orgId} (null: the caller's own) if the caller reaches it, else {@code notFound}. */
    Organization reachable(Caller caller, Integer orgId, Supplier<NotFound> notFound) {
        Organization own = callerOrganization(caller);
        if (orgId == null || orgId == own.id()) {
            return own;
        }
        Organization target = organizations.loadOrganization(orgId).orElseThrow(notFound);
        ReachPolicy.canReach(Reach.of(own), target, notFound).orThrow();
        return target;
    }
}
