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
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The in-memory adapter's ports as beans of the service. This module is in the service only when it
 * is built with {@code -Ddevices.persistence=memory} ({@code make demo}, without the JPA module), so
 * its presence is the choice. The only class here that knows of a container (by its annotations).
 * Nothing persists across a restart.
 */
@Singleton
class MemoryPersistenceWiring {

    private final InMemoryPersistence memory = new InMemoryPersistence();

    @Produces
    @Singleton
    UnitOfWork unitOfWork() {
        return memory.unitOfWork();
    }

    @Produces
    @Singleton
    OrganizationTreePort organizations() {
        return memory.organizations();
    }

    @Produces
    @Singleton
    LoadDevicePort loadDevice() {
        return memory.loadDevice();
    }

    @Produces
    @Singleton
    SaveDevicePort saveDevice() {
        return memory.saveDevice();
    }

    @Produces
    @Singleton
    DeviceQueryPort deviceQuery() {
        return memory.deviceQuery();
    }

    @Produces
    @Singleton
    DeviceDataPort deviceData() {
        return memory.deviceData();
    }

    @Produces
    @Singleton
    TemplatePort templates() {
        return memory.templates();
    }

    @Produces
    @Singleton
    CredentialChangesPort credentialChanges() {
        return memory.credentialChanges();
    }

    @Produces
    @Singleton
    TimelinePort timeline() {
        return memory.timeline();
    }

    @Produces
    @Singleton
    UserPort users() {
        return memory.users();
    }

    @Produces
    @Singleton
    TagPort tags() {
        return memory.tags();
    }

    @Produces
    @Singleton
    ActionLogPort actionLog() {
        return memory.actionLog();
    }

    @Produces
    @Singleton
    OAuthClientPort oauthClients() {
        return memory.oauthClients();
    }

    @Produces
    @Singleton
    RefreshTokenPort refreshTokens() {
        return memory.refreshTokens();
    }

    @Produces
    @Singleton
    RateLimitPort rateLimits() {
        return memory.rateLimits();
    }

    @Produces
    @Singleton
    RoleLeasePort roleLeases() {
        return memory.roleLeases();
    }

    @Produces
    @Singleton
    FailedSignInPort failedSignIns() {
        return memory.failedSignIns();
    }

    @Produces
    @Singleton
    HistoryRetentionPort historyRetention() {
        return memory.historyRetention();
    }

    @Produces
    @Singleton
    IdempotencyPort idempotency() {
        return memory.idempotency();
    }
}
