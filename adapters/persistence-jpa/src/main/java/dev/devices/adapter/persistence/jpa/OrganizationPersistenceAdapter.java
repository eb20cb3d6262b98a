package dev.devices.adapter.persistence.jpa;

import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.domain.organization.OrgPath;
import dev.devices.domain.organization.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class OrganizationPersistenceAdapter implements OrganizationTreePort {

    /** Every platform-API call loads its caller's organization (the reach), and organizations never change. */
    private final ReadOnce<Organization> byId = new ReadOnce<>(id -> OrganizationEntity.<OrganizationEntity>findByIdOptional(id)
            .map(OrganizationPersistenceAdapter::toDomain));

    @Override
    public Optional<Organization> loadOrganization(int orgId) {
        return byId.get(orgId);
    }

    @Override
    public Organization createOrganization(NewOrganization organization) {
        OrganizationEntity entity = new OrganizationEntity();
        entity.parentId = organization.parent() == null ? null : organization.parent().id();
        entity.name = organization.name();
        entity.description = organization.description();
        entity.tz = organization.tz();
        entity.lastModifiedTs = organization.lastModifiedTs();
        entity.path = "";
        entity.persistAndFlush(); // the path needs the id the database assigns
        entity.path = (organization.parent() == null ? OrgPath.root(entity.id) : organization.parent().path().child(entity.id)).value();
        entity.flush();
        return toDomain(entity);
    }

    @Override
    public boolean rootExists() {
        return OrganizationEntity.count("parentId is null") > 0;
    }

    static Organization toDomain(OrganizationEntity e) {
        return new Organization(e.id, e.name, e.description, e.parentId, e.tz, e.lastModifiedTs, OrgPath.of(e.path));
    }
}
