package dev.devices.application.contract;

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
import dev.devices.domain.organization.Organization;

/**
 * What an adapter hands to the contract tests: its implementations of the outgoing ports, one by
 * one, so that each contract uses exactly the ports it is about (and the ones its fixtures need).
 */
public interface PortsUnderTest {

    UnitOfWork unitOfWork();

    OrganizationTreePort organizations();

    LoadDevicePort loadDevice();

    SaveDevicePort saveDevice();

    DeviceQueryPort deviceQuery();

    DeviceDataPort deviceData();

    TemplatePort templates();

    TimelinePort timeline();

    ActionLogPort actionLog();

    UserPort users();

    TagPort tags();

    OAuthClientPort oauthClients();

    RefreshTokenPort refreshTokens();

    RateLimitPort rateLimits();

    FailedSignInPort failedSignIns();

    CredentialChangesPort credentialChanges();

    RoleLeasePort roleLeases();

    HistoryRetentionPort historyRetention();

    IdempotencyPort idempotency();

    /**
     * An organization under which the tests create their own; the store may hold other data, so
     * contracts only ever assert on what they created themselves.
     */
    Organization rootOrganization();
}
