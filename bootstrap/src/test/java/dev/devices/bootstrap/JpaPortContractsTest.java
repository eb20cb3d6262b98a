package dev.devices.bootstrap;

import dev.devices.application.contract.PortContracts;
import dev.devices.application.contract.PortsUnderTest;
import dev.devices.application.port.out.CredentialChangesPort;
import dev.devices.application.port.out.FailedSignInPort;
import dev.devices.application.port.out.OAuthClientPort;
import dev.devices.application.port.out.RateLimitPort;
import dev.devices.application.port.out.RefreshTokenPort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.service.Ports;
import dev.devices.bootstrap.support.Db;
import dev.devices.domain.organization.Organization;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;

/** Every port contract, run against the JPA adapter on PostgreSQL (the same contracts the in-memory adapter passes). */
@QuarkusTest
class JpaPortContractsTest extends PortContracts {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    Ports ports;

    @Inject
    OAuthClientPort oauthClients;

    @Inject
    RefreshTokenPort refreshTokens;

    @Inject
    RateLimitPort rateLimits;

    @Inject
    FailedSignInPort failedSignIns;

    @Inject
    CredentialChangesPort credentialChanges;

    @Inject
    DataSource dataSource;

    private final PortsUnderTest adapter = new PortsUnderTest() {
        @Override
        public UnitOfWork unitOfWork() {
            return unitOfWork;
        }

        @Override
        public Ports ports() {
            return ports;
        }

        @Override
        public OAuthClientPort oauthClients() {
            return oauthClients;
        }

        @Override
        public RefreshTokenPort refreshTokens() {
            return refreshTokens;
        }

        /** The root the first start created; the tests build their own organizations under it. */
        @Override
        public RateLimitPort rateLimits() {
            return rateLimits;
        }

        @Override
        public FailedSignInPort failedSignIns() {
            return failedSignIns;
        }

        @Override
        public CredentialChangesPort credentialChanges() {
            return credentialChanges;
        }

        @Override
        public Organization rootOrganization() {
            int rootId = (int) new Db(dataSource).count("SELECT id FROM organization WHERE parent_id IS NULL");
            return unitOfWork.inTransaction(() -> ports.organizations().loadOrganization(rootId)).orElseThrow();
        }
    };

    @Override
    protected PortsUnderTest adapter() {
        return adapter;
    }
}
