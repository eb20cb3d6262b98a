package dev.devices.adapter.persistence.memory;

import dev.devices.application.contract.PortContracts;
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

/** Every port contract, run against a fresh in-memory store. */
class InMemoryPortContractsTest extends PortContracts {

    private final InMemoryPersistence persistence = new InMemoryPersistence();
    private final Organization root = persistence.unitOfWork().inTransaction(() -> persistence.organizations()
            .createOrganization(new NewOrganization("Root", null, null, "UTC", 0L)));

    private final PortsUnderTest adapter = new PortsUnderTest() {
        @Override
        public UnitOfWork unitOfWork() {
            return persistence.unitOfWork();
        }

        @Override
        public OrganizationTreePort organizations() {
            return persistence.organizations();
        }

        @Override
        public LoadDevicePort loadDevice() {
            return persistence.loadDevice();
        }

        @Override
        public SaveDevicePort saveDevice() {
            return persistence.saveDevice();
        }

        @Override
        public DeviceQueryPort deviceQuery() {
            return persistence.deviceQuery();
        }

        @Override
        public DeviceDataPort deviceData() {
            return persistence.deviceData();
        }

        @Override
        public TemplatePort templates() {
            return persistence.templates();
        }

        @Override
        public TimelinePort timeline() {
            return persistence.timeline();
        }

        @Override
        public ActionLogPort actionLog() {
            return persistence.actionLog();
        }

        @Override
        public UserPort users() {
            return persistence.users();
        }

        @Override
        public TagPort tags() {
            return persistence.tags();
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
        public RoleLeasePort roleLeases() {
            return persistence.roleLeases();
        }

        @Override
        public HistoryRetentionPort historyRetention() {
            return persistence.historyRetention();
        }

        @Override
        public IdempotencyPort idempotency() {
            return persistence.idempotency();
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
