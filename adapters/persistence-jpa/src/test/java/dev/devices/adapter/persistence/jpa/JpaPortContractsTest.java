package dev.devices.adapter.persistence.jpa;

import dev.devices.application.contract.PortContracts;
import dev.devices.application.contract.PortsUnderTest;
import dev.devices.application.port.out.ActionLogPort;
import dev.devices.application.port.out.CredentialChangesPort;
import dev.devices.application.port.out.DeviceDataPort;
import dev.devices.application.port.out.DeviceQueryPort;
import dev.devices.application.port.out.FailedSignInPort;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.OAuthClientPort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.OrganizationTreePort.NewOrganization;
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
import dev.devices.embedded.TestDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Every port contract, run against the JPA adapter on PostgreSQL (the same contracts the in-memory
 * adapter passes), in the adapter's own module: the adapter and the schema alone, no service around it.
 */
@QuarkusTest
@WithTestResource(TestDatabaseResource.class)
class JpaPortContractsTest extends PortContracts {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    OrganizationTreePort organizations;

    @Inject
    LoadDevicePort loadDevice;

    @Inject
    SaveDevicePort saveDevice;

    @Inject
    DeviceQueryPort deviceQuery;

    @Inject
    DeviceDataPort deviceData;

    @Inject
    TemplatePort templates;

    @Inject
    TimelinePort timeline;

    @Inject
    ActionLogPort actionLog;

    @Inject
    UserPort users;

    @Inject
    TagPort tags;

    @Inject
    OAuthClientPort oauthClients;

    @Inject
    RefreshTokenPort refreshTokens;

    @Inject
    RateLimitPort rateLimits;

    @Inject
    RoleLeasePort roleLeases;

    @Inject
    FailedSignInPort failedSignIns;

    @Inject
    CredentialChangesPort credentialChanges;

    private final PortsUnderTest adapter = new PortsUnderTest() {
        @Override
        public UnitOfWork unitOfWork() {
            return unitOfWork;
        }

        @Override
        public OrganizationTreePort organizations() {
            return organizations;
        }

        @Override
        public LoadDevicePort loadDevice() {
            return loadDevice;
        }

        @Override
        public SaveDevicePort saveDevice() {
            return saveDevice;
        }

        @Override
        public DeviceQueryPort deviceQuery() {
            return deviceQuery;
        }

        @Override
        public DeviceDataPort deviceData() {
            return deviceData;
        }

        @Override
        public TemplatePort templates() {
            return templates;
        }

        @Override
        public TimelinePort timeline() {
            return timeline;
        }

        @Override
        public ActionLogPort actionLog() {
            return actionLog;
        }

        @Override
        public UserPort users() {
            return users;
        }

        @Override
        public TagPort tags() {
            return tags;
        }

        @Override
        public OAuthClientPort oauthClients() {
            return oauthClients;
        }

        @Override
        public RefreshTokenPort refreshTokens() {
            return refreshTokens;
        }

        @Override
        public RateLimitPort rateLimits() {
            return rateLimits;
        }

        @Override
        public RoleLeasePort roleLeases() {
            return roleLeases;
        }

        @Override
        public FailedSignInPort failedSignIns() {
            return failedSignIns;
        }

        @Override
        public CredentialChangesPort credentialChanges() {
            return credentialChanges;
        }

        /** The tree's root, made once; the tests build their own organizations under it. */
        @Override
        public Organization rootOrganization() {
            return root();
        }
    };

    /** One per run, like the database: the schema allows one root. */
    private static Organization root;

    private Organization root() {
        synchronized (JpaPortContractsTest.class) {
            if (root == null) {
                root = unitOfWork.inTransaction(() -> organizations.createOrganization(
                        new NewOrganization("Contracts root", null, null, "UTC", System.currentTimeMillis())));
            }
            return root;
        }
    }

    @Override
    protected PortsUnderTest adapter() {
        return adapter;
    }
}
