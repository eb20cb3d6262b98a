package dev.devices.adapter.persistence.memory;

import dev.devices.application.port.out.OAuthClientPort;
import dev.devices.application.port.out.RefreshTokenPort;
import dev.devices.domain.access.OAuthClient;
import java.util.Optional;

final class MemoryOAuth implements OAuthClientPort, RefreshTokenPort {

    private final Store store;

    MemoryOAuth(Store store) {
        this.store = store;
    }

    @Override
    public OAuthClient createClient(int orgId, String name, String clientId, String secretHash, boolean apiScopeEnabled) {
        return store.apply(s -> {
            if (s.clients.containsKey(clientId)) {
                throw new IllegalStateException("client id taken");
            }
            OAuthClient client = new OAuthClient(s.nextInt(), orgId, name, clientId, secretHash, apiScopeEnabled);
            s.clients.put(clientId, client);
            return client;
        });
    }

    @Override
    public Optional<OAuthClient> findClient(String clientId) {
        return store.apply(s -> Optional.ofNullable(s.clients.get(clientId)));
    }

    @Override
    public Optional<OAuthClient> setApiScope(String clientId, boolean enabled) {
        return store.apply(s -> Optional.ofNullable(s.clients.computeIfPresent(clientId, (id, c) ->
                new OAuthClient(c.id(), c.orgId(), c.name(), c.clientId(), c.secretHash(), enabled))));
    }

    @Override
    public void replaceSecretHash(String clientId, String oldHash, String newHash) {
        store.accept(s -> s.clients.computeIfPresent(clientId, (id, c) -> !c.secretHash().equals(oldHash) ? c
                : new OAuthClient(c.id(), c.orgId(), c.name(), c.clientId(), newHash, c.apiScopeEnabled())));
    }

    @Override
    public boolean deleteClient(String clientId) {
        return store.apply(s -> {
            s.refreshTokens.values().removeIf(grant -> grant.clientId().equals(clientId));
            return s.clients.remove(clientId) != null;
        });
    }

    @Override
    public void saveRefreshToken(RefreshGrant grant) {
        store.accept(s -> s.refreshTokens.put(grant.tokenHash(), grant));
    }

    @Override
    public Optional<RefreshGrant> consumeRefreshToken(String tokenHash, long now) {
        return store.apply(s -> {
            RefreshGrant grant = s.refreshTokens.get(tokenHash);
            if (grant == null || s.refreshTokensUsedAt.containsKey(tokenHash) || grant.expiresAt() <= now) {
                return Optional.empty();
            }
            s.refreshTokensUsedAt.put(tokenHash, now);
            return Optional.of(grant);
        });
    }
}
