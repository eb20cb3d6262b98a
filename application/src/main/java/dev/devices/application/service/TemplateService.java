package dev.devices.application.service;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.in.CreateTemplateUseCase;
import dev.devices.application.port.in.ListTemplatesUseCase;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.TemplatePort.NewTemplate;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.domain.access.Caller;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.template.Template;
import dev.devices.domain.template.TemplateStringId;
import dev.devices.domain.template.TemplateUsePolicy;
import dev.devices.domain.user.Permission;
import java.util.random.RandomGenerator;

/** Listing and creating templates of organizations the caller reaches. */
public final class TemplateService implements ListTemplatesUseCase, CreateTemplateUseCase {

    private final UnitOfWork unitOfWork;
    private final OrganizationTreePort organizations;
    private final OrganizationAccess access;
    private final TemplatePort templates;
    private final RandomGenerator random;

    public TemplateService(UnitOfWork unitOfWork, OrganizationTreePort organizations, TemplatePort templates,
                           RandomGenerator random) {
        this.unitOfWork = unitOfWork;
        this.organizations = organizations;
        this.access = new OrganizationAccess(organizations);
        this.templates = templates;
        this.random = random;
    }

    @Override
    public Page<Template> listTemplates(Caller caller, Integer orgId, PageRequest page) {
        return unitOfWork.inTransaction(() ->
                templates.listTemplates(access.reachableFor(caller, orgId, Permission.TEMPLATES_VIEW).id(), page));
    }

    @Override
    public Template createTemplate(CreateTemplateCommand command) {
        return unitOfWork.inTransaction(() -> {
            Organization organization = access.reachableFor(command.caller(), command.orgId(), Permission.TEMPLATES_MANAGE);
            Template parent = command.parentId() == null ? null : usableParent(command.parentId(), organization);
            return templates.createTemplate(new NewTemplate(organization.id(), parent, command.name().strip(),
                    TemplateStringId.generate(random), command.events(), command.metaFields(), command.dataStreams(),
                    command.heartbeatSeconds()));
        });
    }

    /** A parent template must be one the new template's organization could make devices from. */
    private Template usableParent(int parentId, Organization organization) {
        Template parent = templates.loadTemplate(parentId).orElseThrow(NotFound::template);
        Organization parentOwner = organizations.loadOrganization(parent.orgId()).orElseThrow(NotFound::template);
        TemplateUsePolicy.canUse(parentOwner, organization).orThrow();
        return parent;
    }
}
