package dev.devices.adapter.persistence.memory;

import dev.devices.application.port.out.ActionLogPort;
import dev.devices.application.port.out.CredentialChangesPort;
import dev.devices.application.port.out.DeviceDataPort;
import dev.devices.application.port.out.DeviceQueryPort;
import dev.devices.application.port.out.FailedSignInPort;
import dev.devices.application.port.out.HistoryRetentionPort;
import dev.devices.application.port.out.IdempotencyPort;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.OAuthClientPort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.RateLimitPort;
import dev.devices.application.port.out.RoleLeasePort;
import dev.devices.application.port.out.RefreshTokenPort;
import dev.devices.application.port.out.SaveDevicePort;
import dev.devices.application.port.out.TagPort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.TimelinePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.port.out.UserPort;

/**
 * The persistence ports in memory: one instance is one empty, private store. Thread-safe; units of
 * work are serialized and roll back on failure. For use-case tests and demos: nothing persists.
 */
public final class InMemoryPersistence {

    private final Store store = new Store();
    private final MemoryOrganizations organizations = new MemoryOrganizations(store);
    private final MemoryDevices devices = new MemoryDevices(store);
    private final MemoryTemplates templates = new MemoryTemplates(store);
    private final MemoryTimeline timeline = new MemoryTimeline(store);
    private final MemoryUsers users = new MemoryUsers(store);
    private final MemoryTags tags = new MemoryTags(store);
    private final MemoryOAuth oauth = new MemoryOAuth(store);
    private final MemoryRateLimits rateLimits = new MemoryRateLimits();
    private final MemoryRoleLeases roleLeases = new MemoryRoleLeases();
    private final MemoryFailedSignIns failedSignIns = new MemoryFailedSignIns();
    private final MemoryCredentialChanges credentialChanges = new MemoryCredentialChanges(store);
    private final MemoryHistoryRetention historyRetention = new MemoryHistoryRetention(store);
    private final MemoryIdempotency idempotency = new MemoryIdempotency(store);

    public UnitOfWork unitOfWork() {
        return store;
    }

    public OrganizationTreePort organizations() {
        return organizations;
    }

    public LoadDevicePort loadDevice() {
        return devices;
    }

    public SaveDevicePort saveDevice() {
        return devices;
    }

    public DeviceQueryPort deviceQuery() {
        return devices;
    }

    public DeviceDataPort deviceData() {
        return devices;
    }

    public TemplatePort templates() {
        return templates;
    }

    public TimelinePort timeline() {
        return timeline;
    }

    public ActionLogPort actionLog() {
        return timeline;
    }

    public UserPort users() {
        return users;
    }

    public TagPort tags() {
        return tags;
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

    public RoleLeasePort roleLeases() {
        return roleLeases;
    }

    public FailedSignInPort failedSignIns() {
        return failedSignIns;
    }

    public HistoryRetentionPort historyRetention() {
        return historyRetention;
    }

    public CredentialChangesPort credentialChanges() {
        return credentialChanges;
    }

    public IdempotencyPort idempotency() {
        return idempotency;
    }
}
