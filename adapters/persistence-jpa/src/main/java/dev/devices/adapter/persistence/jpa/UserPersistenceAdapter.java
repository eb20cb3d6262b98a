package dev.devices.adapter.persistence.jpa;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.out.UserPort;
import dev.devices.domain.error.Conflict;
import dev.devices.domain.user.Email;
import dev.devices.domain.user.NewUser;
import dev.devices.domain.user.Role;
import dev.devices.domain.user.User;
import dev.devices.domain.user.UserStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class UserPersistenceAdapter implements UserPort {

    private final Clock clock;

    UserPersistenceAdapter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<User> loadUser(long userId) {
        return UserEntity.<UserEntity>findByIdOptional(userId).map(UserPersistenceAdapter::toDomain);
    }

    @Override
    public List<User> loadUsers(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return UserEntity.<UserEntity>list("id in ?1", userIds).stream().map(UserPersistenceAdapter::toDomain).toList();
    }

    @Override
    public Optional<User> findUserByEmail(Email email) {
        return UserEntity.<UserEntity>find("lower(email) = ?1", email.normalized()).firstResultOptional()
                .map(UserPersistenceAdapter::toDomain);
    }

    @Override
    public User createUser(NewUser user) {
        UserEntity entity = new UserEntity();
        entity.orgId = user.orgId();
        entity.email = user.email().value();
        entity.name = user.name();
        entity.role = user.role().name();
        entity.status = user.status().name();
        entity.passwordHash = user.passwordHash();
        entity.createdAt = clock.millis();
        return ConstraintViolations.translate(() -> {
            entity.persistAndFlush();
            return toDomain(entity);
        }, () -> new Conflict("User with this email already exists."));
    }

    @Override
    public boolean deleteUser(long userId) {
        // first the user's row lock: it waits for any transaction making the user an owner right now
        // (that one holds a key-share lock through its foreign key) and keeps new ones out, so the
        // owners cleared below are all of them
        UserEntity.getEntityManager().createNativeQuery("SELECT id FROM app_user WHERE id = :id FOR UPDATE")
                .setParameter("id", userId).getResultList();
        DeviceEntity.update("ownerUserId = null, version = version + 1, configVersion = configVersion + 1 where ownerUserId = ?1",
                userId);
        return UserEntity.deleteById(userId); // refresh tokens cascade
    }

    @Override
    public void replacePasswordHash(long userId, String oldHash, String newHash) {
        UserEntity.update("passwordHash = ?1 where id = ?2 and passwordHash = ?3", newHash, userId, oldHash);
    }

    @Override
    public Page<User> listUsers(int orgId, PageRequest page) {
        return Paging.page(UserEntity.<UserEntity>find("orgId = ?1 order by id", orgId), page, UserPersistenceAdapter::toDomain);
    }

    static User toDomain(UserEntity e) {
        return new User(e.id, e.orgId, Email.of("email", e.email), e.name, Role.valueOf(e.role),
                UserStatus.valueOf(e.status), e.passwordHash);
    }
}
