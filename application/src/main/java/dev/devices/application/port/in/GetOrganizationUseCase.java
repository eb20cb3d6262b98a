package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.organization.Organization;

/** An organization the caller reaches ({@code orgId} null: the caller's own). */
public interface GetOrganizationUseCase {

    Organization getOrganization(Caller caller, Integer orgId);
}
