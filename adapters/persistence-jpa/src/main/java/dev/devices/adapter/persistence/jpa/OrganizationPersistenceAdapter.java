package dev.devices.adapter.persistence.jpa;

import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.domain.organization.OrgPath;
import dev.devices.domain.organization.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

@ApplicationScoped
class OrganizationPersistenceAdapter implements OrganizationTreePort {

    /**
     * Organizations never change once created and are never deleted (the API has neither), so each is
     * read once per instance: every platform-API call loads its caller's organization for the reach.
     * Ids are never reused, so an entry cannot go stale. (Editing or deleting organizations would need
     * an invalidation across instances first: docs/decisions.md, "Performance".)
     */
    private final Map<Integer, Organization> byId = new ConcurrentHashMap<>();

    @Override
    public Optional<Organization> loadOrganization(int orgId) {
        Organization cached = byId.get(orgId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Organization> loaded = OrganizationEntity.<OrganizationEntity>findByIdOptional(orgId)
                .map(OrganizationPersistenceAdapter::toDomain);
        loaded.ifPresent(o -> byId.put(o.id(), o));
        return loaded;
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
