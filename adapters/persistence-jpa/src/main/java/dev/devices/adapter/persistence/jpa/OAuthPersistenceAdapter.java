package dev.devices.adapter.persistence.jpa;

import dev.devices.application.port.out.OAuthClientPort;
import dev.devices.application.port.out.RefreshTokenPort;
import dev.devices.domain.access.OAuthClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

@ApplicationScoped
class OAuthPersistenceAdapter implements OAuthClientPort, RefreshTokenPort {

    private final Clock clock;

    OAuthPersistenceAdapter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public OAuthClient createClient(int orgId, String name, String clientId, String secretHash, boolean apiScopeEnabled) {
        OAuthClientEntity entity = new OAuthClientEntity();
        entity.orgId = orgId;
        entity.name = name;
        entity.clientId = clientId;
        entity.secretHash = secretHash;
        entity.apiScopeEnabled = apiScopeEnabled;
        entity.createdAt = clock.millis();
        entity.persistAndFlush();
        return toDomain(entity);
    }

    @Override
    public Optional<OAuthClient> findClient(String clientId) {
        return OAuthClientEntity.<OAuthClientEntity>find("clientId", clientId).firstResultOptional()
                .map(OAuthPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<OAuthClient> setApiScope(String clientId, boolean enabled) {
        return OAuthClientEntity.<OAuthClientEntity>find("clientId", clientId).firstResultOptional().map(entity -> {
            entity.apiScopeEnabled = enabled;
            return toDomain(entity);
        });
    }

    @Override
    public void replaceSecretHash(String clientId, String oldHash, String newHash) {
        OAuthClientEntity.update("secretHash = ?1 where clientId = ?2 and secretHash = ?3", newHash, clientId, oldHash);
    }

    @Override
    public boolean deleteClient(String clientId) {
        // refresh tokens go with it (ON DELETE CASCADE)
        return OAuthClientEntity.delete("clientId", clientId) > 0;
    }

    @Override
    public void saveRefreshToken(RefreshGrant grant) {
        RefreshTokenEntity entity = new RefreshTokenEntity();
        entity.tokenHash = grant.tokenHash();
        entity.clientId = grant.clientId();
        entity.orgId = grant.orgId();
        entity.userId = grant.userId();
        entity.expiresAt = grant.expiresAt();
        entity.persist();
    }

    @Override
    public Optional<RefreshGrant> consumeRefreshToken(String tokenHash, long now) {
        // one conditional UPDATE: of concurrent consumers exactly one sees a changed row
        int used = RefreshTokenEntity.update("usedAt = ?1 where tokenHash = ?2 and usedAt is null and expiresAt > ?1",
                now, tokenHash);
        if (used == 0) {
            return Optional.empty();
        }
        RefreshTokenEntity entity = RefreshTokenEntity.findById(tokenHash);
        return Optional.of(new RefreshGrant(entity.tokenHash, entity.clientId, entity.orgId, entity.userId, entity.expiresAt));
    }

    static OAuthClient toDomain(OAuthClientEntity e) {
        return new OAuthClient(e.id, e.orgId, e.name, e.clientId, e.secretHash, e.apiScopeEnabled);
    }
}
