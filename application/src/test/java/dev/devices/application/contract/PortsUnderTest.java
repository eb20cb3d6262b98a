package dev.devices.application.contract;

import dev.devices.application.port.out.CredentialChangesPort;
import dev.devices.application.port.out.FailedSignInPort;
import dev.devices.application.port.out.OAuthClientPort;
import dev.devices.application.port.out.RateLimitPort;
import dev.devices.application.port.out.RefreshTokenPort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.service.Ports;
import dev.devices.domain.organization.Organization;

/** What an adapter hands to the contract tests: its implementations of the outgoing ports. */
public interface PortsUnderTest {

    UnitOfWork unitOfWork();

    Ports ports();

    OAuthClientPort oauthClients();

    RefreshTokenPort refreshTokens();

    RateLimitPort rateLimits();

    FailedSignInPort failedSignIns();

    CredentialChangesPort credentialChanges();

    /**
     * An organization under which the tests create their own; the store may hold other data, so
     * contracts only ever assert on what they created themselves.
     */
    Organization rootOrganization();
}
