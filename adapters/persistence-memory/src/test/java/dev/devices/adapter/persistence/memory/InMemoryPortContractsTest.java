package dev.devices.adapter.persistence.memory;

import dev.devices.application.contract.PortContracts;
import dev.devices.application.contract.PortsUnderTest;
import dev.devices.application.port.out.CredentialChangesPort;
import dev.devices.application.port.out.FailedSignInPort;
import dev.devices.application.port.out.OAuthClientPort;
import dev.devices.application.port.out.RateLimitPort;
import dev.devices.application.port.out.OrganizationTreePort.NewOrganization;
import dev.devices.application.port.out.RefreshTokenPort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.service.Ports;
import dev.devices.domain.organization.Organization;

/** Every port contract, run against a fresh in-memory store. */
class InMemoryPortContractsTest extends PortContracts {

    private final InMemoryPersistence persistence = new InMemoryPersistence();
    private final Organization root = persistence.unitOfWork().inTransaction(() -> persistence.ports().organizations()
            .createOrganization(new NewOrganization("Root", null, null, "UTC", 0L)));

    private final PortsUnderTest adapter = new PortsUnderTest() {
        @Override
        public UnitOfWork unitOfWork() {
            return persistence.unitOfWork();
        }

        @Override
        public Ports ports() {
            return persistence.ports();
        }

        @Override
        public OAuthClientPort oauthClients() {
            return persistence.oauthClients();
        }

        @Override
        public RefreshTokenPort refreshTokens() {
            return persistence.refreshTokens();
        }

        @Override
        public RateLimitPort rateLimits() {
            return persistence.rateLimits();
        }

        @Override
        public FailedSignInPort failedSignIns() {
            return persistence.failedSignIns();
        }

        @Override
        public CredentialChangesPort credentialChanges() {
            return persistence.credentialChanges();
        }

        @Override
        public Organization rootOrganization() {
            return root;
        }
    };

    @Override
    protected PortsUnderTest adapter() {
        return adapter;
    }
}
