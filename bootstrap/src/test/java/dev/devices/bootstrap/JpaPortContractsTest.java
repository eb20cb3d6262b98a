package dev.devices.bootstrap;

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
import dev.devices.application.port.out.RefreshTokenPort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.service.Ports;
import dev.devices.bootstrap.support.Db;
import dev.devices.domain.organization.Organization;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;

/** Every port contract, run against the JPA adapter on PostgreSQL (the same contracts the in-memory adapter passes). */
@QuarkusTest
class JpaPortContractsTest {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    Ports ports;

    @Inject
    OAuthClientPort oauthClients;

    @Inject
    RefreshTokenPort refreshTokens;

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
        public Organization rootOrganization() {
            int rootId = (int) new Db(dataSource).count("SELECT id FROM organization WHERE parent_id IS NULL");
            return unitOfWork.inTransaction(() -> ports.organizations().loadOrganization(rootId)).orElseThrow();
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
