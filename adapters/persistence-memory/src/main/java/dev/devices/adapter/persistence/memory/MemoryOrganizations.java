package dev.devices.adapter.persistence.memory;

import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.domain.organization.OrgPath;
import dev.devices.domain.organization.Organization;
import java.util.Optional;

final class MemoryOrganizations implements OrganizationTreePort {

    private final Store store;

    MemoryOrganizations(Store store) {
        this.store = store;
    }

    @Override
    public Optional<Organization> loadOrganization(int orgId) {
        return store.apply(s -> Optional.ofNullable(s.organizations.get(orgId)));
    }

    @Override
    public Organization createOrganization(NewOrganization o) {
        return store.apply(s -> {
            if (o.parent() == null && s.organizations.values().stream().anyMatch(x -> x.parentId() == null)) {
                throw new IllegalStateException("there is a root organization already");
            }
            int id = s.nextInt();
            OrgPath path = o.parent() == null ? OrgPath.root(id) : o.parent().path().child(id);
            Organization created = new Organization(id, o.name(), o.description(),
                    o.parent() == null ? null : o.parent().id(), o.tz(), o.lastModifiedTs(), path);
            s.organizations.put(id, created);
            return created;
        });
    }

    @Override
    public boolean rootExists() {
        return store.apply(s -> s.organizations.values().stream().anyMatch(o -> o.parentId() == null));
    }
}
