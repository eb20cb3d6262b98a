package dev.devices.adapter.persistence.memory;

import dev.devices.application.contract.ActionLogPortContract;
import dev.devices.application.contract.DeviceDataPortContract;
import dev.devices.application.contract.DeviceQueryPortContract;
import dev.devices.application.contract.LoadDevicePortContract;
import dev.devices.application.contract.OAuthPortsContract;
import dev.devices.application.contract.OrganizationTreePortContract;
import dev.devices.application.contract.PortsUnderTest;
import dev.devices.application.contract.SaveDevicePortContract;
import dev.devices.application.contract.TagPortContract;
import dev.devices.application.contract.TemplatePortContract;
import dev.devices.application.contract.TimelinePortContract;
import dev.devices.application.contract.UnitOfWorkContract;
import dev.devices.application.contract.UserPortContract;
import dev.devices.application.port.out.OAuthClientPort;
import dev.devices.application.port.out.OrganizationTreePort.NewOrganization;
import dev.devices.application.port.out.RefreshTokenPort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.service.Ports;
import dev.devices.domain.organization.Organization;
import org.junit.jupiter.api.Nested;

/** Every port contract, run against a fresh in-memory store. */
class InMemoryPortContractsTest {

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
        public Organization rootOrganization() {
            return root;
        }
    };

    @Nested
    class UnitOfWorkTest extends UnitOfWorkContract {
        @Override
        protected PortsUnderTest adapter() {
            return adapter;
        }
    }

    @Nested
    class OrganizationTreeTest extends OrganizationTreePortContract {
        @Override
        protected PortsUnderTest adapter() {
            return adapter;
        }
    }

    @Nested
    class UserTest extends UserPortContract {
        @Override
        protected PortsUnderTest adapter() {
            return adapter;
        }
    }

    @Nested
    class TemplateTest extends TemplatePortContract {
        @Override
        protected PortsUnderTest adapter() {
            return adapter;
        }
    }

    @Nested
    class LoadDeviceTest extends LoadDevicePortContract {
        @Override
        protected PortsUnderTest adapter() {
            return adapter;
        }
    }

    @Nested
    class SaveDeviceTest extends SaveDevicePortContract {
        @Override
        protected PortsUnderTest adapter() {
            return adapter;
        }
    }

    @Nested
    class DeviceQueryTest extends DeviceQueryPortContract {
        @Override
        protected PortsUnderTest adapter() {
            return adapter;
        }
    }

    @Nested
    class DeviceDataTest extends DeviceDataPortContract {
        @Override
        protected PortsUnderTest adapter() {
            return adapter;
        }
    }

    @Nested
    class TimelineTest extends TimelinePortContract {
        @Override
        protected PortsUnderTest adapter() {
            return adapter;
        }
    }

    @Nested
    class ActionLogTest extends ActionLogPortContract {
        @Override
        protected PortsUnderTest adapter() {
            return adapter;
        }
    }

    @Nested
    class TagTest extends TagPortContract {
        @Override
        protected PortsUnderTest adapter() {
            return adapter;
        }
    }

    @Nested
    class OAuthTest extends OAuthPortsContract {
        @Override
        protected PortsUnderTest adapter() {
            return adapter;
        }
    }
}
