package dev.devices.adapter.persistence.jpa;

import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.domain.organization.OrgPath;
import dev.devices.domain.organization.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class OrganizationPersistenceAdapter implements OrganizationTreePort {

    @Override
    public Optional<Organization> loadOrganization(int orgId) {
        return OrganizationEntity.<OrganizationEntity>findByIdOptional(orgId).map(OrganizationPersistenceAdapter::toDomain);
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
