package dev.devices.adapter.persistence.memory;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.out.UserPort;
import dev.devices.domain.device.Device;
import dev.devices.domain.error.Conflict;
import dev.devices.domain.user.Email;
import dev.devices.domain.user.NewUser;
import dev.devices.domain.user.User;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

final class MemoryUsers implements UserPort {

    private final Store store;

    MemoryUsers(Store store) {
        this.store = store;
    }

    @Override
    public Optional<User> loadUser(long userId) {
        return store.apply(s -> Optional.ofNullable(s.users.get(userId)));
    }

    @Override
    public List<User> loadUsers(Collection<Long> userIds) {
        return store.apply(s -> userIds.stream().distinct().map(s.users::get).filter(Objects::nonNull).toList());
    }

    @Override
    public Optional<User> findUserByEmail(Email email) {
        return store.apply(s -> s.users.values().stream().filter(u -> u.email().equals(email)).findFirst());
    }

    @Override
    public boolean deleteUser(long userId) {
        return store.apply(s -> {
            s.devices.replaceAll((id, d) -> !Long.valueOf(userId).equals(d.ownerUserId()) ? d
                    : new Device(d.id(), d.orgId(), d.templateId(), d.originalTemplateId(), d.name(), d.token(), null,
                            d.activatedAt(), d.hardwareInfo(), d.connectivity(), d.createdAt(), d.version() + 1,
                            d.configVersion() + 1));
            s.refreshTokens.values().removeIf(grant -> Long.valueOf(userId).equals(grant.userId()));
            return s.users.remove(userId) != null;
        });
    }

    @Override
    public void replacePasswordHash(long userId, String oldHash, String newHash) {
        store.accept(s -> s.users.computeIfPresent(userId, (id, u) -> !oldHash.equals(u.passwordHash()) ? u
                : new User(u.id(), u.orgId(), u.email(), u.name(), u.role(), u.status(), newHash)));
    }

    @Override
    public User createUser(NewUser u) {
        return store.apply(s -> {
            if (s.users.values().stream().anyMatch(existing -> existing.email().equals(u.email()))) {
                throw new Conflict("User with this email already exists.");
            }
            User created = new User(s.nextLong(), u.orgId(), u.email(), u.name(), u.role(), u.status(), u.passwordHash());
            s.users.put(created.id(), created);
            return created;
        });
    }

    @Override
    public Page<User> listUsers(int orgId, PageRequest page) {
        return store.apply(s -> Pages.of(s.users.values().stream().filter(u -> u.orgId() == orgId).toList(), page));
    }
}
