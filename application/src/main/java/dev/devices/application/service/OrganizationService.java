package dev.devices.application.service;

import dev.devices.application.port.in.CreateOrganizationUseCase;
import dev.devices.application.port.in.GetOrganizationUseCase;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.OrganizationTreePort.NewOrganization;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.domain.access.Caller;
import dev.devices.domain.organization.NestingPolicy;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.user.Permission;
import java.time.Clock;

/** Reading and creating organizations within the caller's subtree. */
public final class OrganizationService implements GetOrganizationUseCase, CreateOrganizationUseCase {

    private final UnitOfWork unitOfWork;
    private final OrganizationTreePort organizations;
    private final OrganizationAccess access;
    private final Clock clock;

    public OrganizationService(UnitOfWork unitOfWork, OrganizationTreePort organizations, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.organizations = organizations;
        this.access = new OrganizationAccess(organizations);
        this.clock = clock;
    }

    @Override
    public Organization getOrganization(Caller caller, Integer orgId) {
        return unitOfWork.inTransaction(() -> access.reachableFor(caller, orgId, Permission.ORG_VIEW));
    }

    @Override
    public Organization createOrganization(CreateOrganizationCommand command) {
        return unitOfWork.inTransaction(() -> {
            Organization parent = access.reachableFor(command.caller(), command.parentOrganizationId(), Permission.ORG_MANAGE);
            NestingPolicy.canAddChildTo(parent).orThrow();
            return organizations.createOrganization(new NewOrganization(command.name().value(), command.description(),
                    parent, command.tz().value(), clock.millis()));
        });
    }
}
