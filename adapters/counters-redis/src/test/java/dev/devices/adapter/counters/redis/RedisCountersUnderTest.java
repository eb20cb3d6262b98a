package dev.devices.adapter.counters.redis;

import dev.devices.adapter.persistence.memory.InMemoryPersistence;
import dev.devices.application.contract.PortsUnderTest;
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
import dev.devices.application.port.out.RefreshTokenPort;
import dev.devices.application.port.out.RoleLeasePort;
import dev.devices.application.port.out.SaveDevicePort;
import dev.devices.application.port.out.TagPort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.TimelinePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.port.out.UserPort;
import dev.devices.domain.organization.Organization;
import java.util.function.Supplier;

/** The Redis counters under test; every other port (the contracts' fixtures) from an in-memory store. */
final class RedisCountersUnderTest implements PortsUnderTest {

    private final InMemoryPersistence memory;
    private final Organization root;
    private final Supplier<RateLimitPort> rateLimits;
    private final Supplier<FailedSignInPort> failedSignIns;

    RedisCountersUnderTest(InMemoryPersistence memory, Organization root, Supplier<RateLimitPort> rateLimits,
                           Supplier<FailedSignInPort> failedSignIns) {
        this.memory = memory;
        this.root = root;
        this.rateLimits = rateLimits;
        this.failedSignIns = failedSignIns;
    }

    @Override
    public RateLimitPort rateLimits() {
        return rateLimits.get();
    }

    @Override
    public FailedSignInPort failedSignIns() {
        return failedSignIns.get();
    }

    @Override
    public UnitOfWork unitOfWork() {
        return memory.unitOfWork();
    }

    @Override
    public OrganizationTreePort organizations() {
        return memory.organizations();
    }

    @Override
    public LoadDevicePort loadDevice() {
        return memory.loadDevice();
    }

    @Override
    public SaveDevicePort saveDevice() {
        return memory.saveDevice();
    }

    @Override
    public DeviceQueryPort deviceQuery() {
        return memory.deviceQuery();
    }

    @Override
    public DeviceDataPort deviceData() {
        return memory.deviceData();
    }

    @Override
    public TemplatePort templates() {
        return memory.templates();
    }

    @Override
    public TimelinePort timeline() {
        return memory.timeline();
    }

    @Override
    public ActionLogPort actionLog() {
        return memory.actionLog();
    }

    @Override
    public UserPort users() {
        return memory.users();
    }

    @Override
    public TagPort tags() {
        return memory.tags();
    }

    @Override
    public OAuthClientPort oauthClients() {
        return memory.oauthClients();
    }

    @Override
    public RefreshTokenPort refreshTokens() {
        return memory.refreshTokens();
    }

    @Override
    public RoleLeasePort roleLeases() {
        return memory.roleLeases();
    }

    @Override
    public HistoryRetentionPort historyRetention() {
        return memory.historyRetention();
    }

    @Override
    public IdempotencyPort idempotency() {
        return memory.idempotency();
    }

    @Override
    public CredentialChangesPort credentialChanges() {
        return memory.credentialChanges();
    }

    @Override
    public Organization rootOrganization() {
        return root;
    }
}
