package dev.devices.adapter.persistence.memory;

import dev.devices.application.port.out.CredentialChangesPort;
import dev.devices.application.port.out.FailedSignInPort;
import dev.devices.application.port.out.OAuthClientPort;
import dev.devices.application.port.out.RateLimitPort;
import dev.devices.application.port.out.RefreshTokenPort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.service.Ports;

/**
 * The persistence ports in memory: one instance is one empty, private store. Thread-safe; units of
 * work are serialized and roll back on failure. For use-case tests and demos: nothing persists.
 */
public final class InMemoryPersistence {

    private final Store store = new Store();
    private final MemoryOAuth oauth = new MemoryOAuth(store);
    private final MemoryRateLimits rateLimits = new MemoryRateLimits();
    private final MemoryFailedSignIns failedSignIns = new MemoryFailedSignIns();
    private final MemoryCredentialChanges credentialChanges = new MemoryCredentialChanges(store);
    private final Ports ports;

    public InMemoryPersistence() {
        MemoryDevices devices = new MemoryDevices(store);
        MemoryTimeline timeline = new MemoryTimeline(store);
        this.ports = new Ports(new MemoryOrganizations(store), devices, devices, devices, devices,
                new MemoryTemplates(store), timeline, new MemoryUsers(store), new MemoryTags(store), timeline);
    }

    public UnitOfWork unitOfWork() {
        return store;
    }

    /** The ports the device, organization, user and template use cases need. */
    public Ports ports() {
        return ports;
    }

    public OAuthClientPort oauthClients() {
        return oauth;
    }

    public RefreshTokenPort refreshTokens() {
        return oauth;
    }

    public RateLimitPort rateLimits() {
        return rateLimits;
    }

    public FailedSignInPort failedSignIns() {
        return failedSignIns;
    }

    public CredentialChangesPort credentialChanges() {
        return credentialChanges;
    }
}
