package dev.devices.application.contract;

import org.junit.jupiter.api.Nested;

/**
 * Every port contract at once: an adapter's test extends this and says which ports it tests
 * ({@link #adapter()}); JUnit runs each contract as a nested class.
 */
public abstract class PortContracts {

    /** The adapter under test, the same one for every contract of a run. */
    protected abstract PortsUnderTest adapter();

    @Nested
    class UnitOfWorkTest extends UnitOfWorkContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }

    @Nested
    class OrganizationTreeTest extends OrganizationTreePortContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }

    @Nested
    class UserTest extends UserPortContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }

    @Nested
    class TemplateTest extends TemplatePortContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }

    @Nested
    class LoadDeviceTest extends LoadDevicePortContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }

    @Nested
    class SaveDeviceTest extends SaveDevicePortContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }

    @Nested
    class DeviceQueryTest extends DeviceQueryPortContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }

    @Nested
    class DeviceDataTest extends DeviceDataPortContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }

    @Nested
    class TimelineTest extends TimelinePortContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }

    @Nested
    class ActionLogTest extends ActionLogPortContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }

    @Nested
    class TagTest extends TagPortContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }

    @Nested
    class OAuthTest extends OAuthPortsContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }

    @Nested
    class RateLimitTest extends RateLimitPortContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }

    @Nested
    class RoleLeaseTest extends RoleLeasePortContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }

    @Nested
    class FailedSignInTest extends FailedSignInPortContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }

    @Nested
    class CredentialChangesTest extends CredentialChangesPortContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }

    @Nested
    class IdempotencyTest extends IdempotencyPortContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }

    @Nested
    class HistoryRetentionTest extends HistoryRetentionPortContract {
        @Override
        protected PortsUnderTest adapter() {
            return PortContracts.this.adapter();
        }
    }
}
