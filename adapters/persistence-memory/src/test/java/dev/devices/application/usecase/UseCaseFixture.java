package dev.devices.application.usecase;

import dev.devices.adapter.persistence.memory.InMemoryPersistence;
import dev.devices.application.port.in.CreateDeviceUseCase.CreateDeviceCommand;
import dev.devices.application.port.in.CreateDeviceUseCase.TemplateRef;
import dev.devices.application.port.in.CreateOrganizationUseCase.CreateOrganizationCommand;
import dev.devices.application.port.in.CreateTemplateUseCase.CreateTemplateCommand;
import dev.devices.application.port.in.CreateUserUseCase.CreateUserCommand;
import dev.devices.application.port.in.DeviceDetails;
import dev.devices.application.port.out.AccessTokenIssuer;
import dev.devices.application.port.out.PasswordHasher;
import dev.devices.application.service.DeviceCatalogService;
import dev.devices.application.service.DeviceDataService;
import dev.devices.application.service.DeviceEventService;
import dev.devices.application.service.DeviceLifecycleService;
import dev.devices.application.service.DeviceStateService;
import dev.devices.application.service.DeviceTransferService;
import dev.devices.application.service.FirstStartService;
import dev.devices.application.service.OrganizationService;
import dev.devices.application.service.SignInThrottle;
import dev.devices.application.service.TemplateService;
import dev.devices.application.service.TokenService;
import dev.devices.application.service.UserService;
import dev.devices.domain.access.Caller;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceName;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.organization.OrganizationName;
import dev.devices.domain.organization.TimeZoneId;
import dev.devices.domain.template.DataStreamDefinition;
import dev.devices.domain.template.DataStreamType;
import dev.devices.domain.template.MetaFieldDefinition;
import dev.devices.domain.template.MetaFieldType;
import dev.devices.domain.template.Template;
import dev.devices.domain.template.TemplateEvent;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.user.Email;
import dev.devices.domain.user.Role;
import dev.devices.domain.user.User;
import dev.devices.domain.user.UserStatus;
import java.security.SecureRandom;
import dev.devices.application.testing.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The use cases wired to a fresh in-memory store, a controllable clock and transparent hashing. */
final class UseCaseFixture {

    final InMemoryPersistence persistence = new InMemoryPersistence();
    final TestClock clock = new TestClock();
    final SecureRandom random = new SecureRandom();
    final PasswordHasher hasher = new PasswordHasher() {
        @Override
        public String hash(String secret) {
            return "plain:" + secret;
        }

        @Override
        public boolean matches(String secret, String hash) {
            return hash.equals("plain:" + secret);
        }

        @Override
        public boolean needsRehash(String hash) {
            return !hash.startsWith("plain:");
        }
    };
    final AccessTokenIssuer issuer = (caller, issuedAt, expiresAt) -> "token:" + caller.orgId() + ":" + expiresAt;

    /** A short name for the wiring below. */
    private final InMemoryPersistence m = persistence;
    final FirstStartService firstStart = new FirstStartService(m.unitOfWork(), m.organizations(), m.oauthClients(), hasher,
            random, clock);
    final OrganizationService organizations = new OrganizationService(m.unitOfWork(), m.organizations(), clock);
    final UserService users = new UserService(m.unitOfWork(), m.organizations(), m.users(), hasher,
            () -> { }); // nothing remembers caller checks here
    final TemplateService templates = new TemplateService(m.unitOfWork(), m.organizations(), m.templates(), random);
    final DeviceLifecycleService lifecycle = new DeviceLifecycleService(m.unitOfWork(), m.organizations(), m.loadDevice(),
            m.saveDevice(), m.deviceData(), m.templates(), m.timeline(), m.users(), m.credentialChanges(), random, clock);
    final DeviceCatalogService catalog = new DeviceCatalogService(m.unitOfWork(), m.organizations(), m.loadDevice(),
            m.deviceQuery(), m.deviceData(), m.templates(), m.timeline(), m.users());
    final DeviceStateService state = new DeviceStateService(m.unitOfWork(), m.organizations(), m.loadDevice(),
            m.deviceData(), m.templates(), m.timeline(), m.users(), m.tags(), m.actionLog(), clock);
    final DeviceTransferService transfers = new DeviceTransferService(m.unitOfWork(), m.organizations(), m.loadDevice(),
            m.saveDevice(), m.templates(), m.timeline(), m.users(), m.tags(), m.credentialChanges(), random, clock);
    final DeviceDataService data = new DeviceDataService(m.unitOfWork(), m.organizations(), m.loadDevice(), m.saveDevice(),
            m.deviceData(), m.templates(), m.timeline(), m.users(), m.actionLog(), clock);
    final DeviceEventService events = new DeviceEventService(m.unitOfWork(), m.organizations(), m.loadDevice(),
            m.templates(), m.timeline(), clock);
    final TokenService tokens = new TokenService(m.unitOfWork(), m.organizations(), m.users(), m.oauthClients(),
            m.refreshTokens(), issuer, hasher, random, clock,
            new TokenService.Lifetimes(Duration.ofHours(1), Duration.ofDays(1)),
            new SignInThrottle(m.unitOfWork(), m.failedSignIns(), clock, new SignInThrottle.Limits(3, 3, 5)));

    final Caller root;

    UseCaseFixture() {
        int rootId = firstStart.initializeIfEmpty("root-client", "root-secret").orElseThrow().client().orgId();
        root = Caller.organization(rootId, "root-client");
    }

    Caller callerOf(Organization organization) {
        return Caller.organization(organization.id(), "client-of-" + organization.id());
    }

    Organization newOrganization(Caller parent) {
        return organizations.createOrganization(new CreateOrganizationCommand(parent,
                new OrganizationName("Org " + UUID.randomUUID()), null, TimeZoneId.UTC, null));
    }

    Template newTemplate(Caller caller) {
        return templates.createTemplate(new CreateTemplateCommand(caller, "Sensor", null, null,
                List.of(new TemplateEvent(0, "Provisioned", "provisioned", EventType.LIFECYCLE),
                        new TemplateEvent(0, "Too hot", "too_hot", EventType.WARNING)),
                List.of(new MetaFieldDefinition(0, "Serial", MetaFieldType.Text, true, false, null, null, null)),
                List.of(new DataStreamDefinition(0, "Temperature", "t", "v1", DataStreamType.Double, -40.0, 80.0),
                        new DataStreamDefinition(0, "Count", "c", "v2", DataStreamType.Integer, 0.0, 10.0)),
                60));
    }

    User newUser(Caller caller, UserStatus status) {
        return users.createUser(new CreateUserCommand(caller, Email.of("email", UUID.randomUUID() + "@example.com"), "U",
                Role.User, null, null, status));
    }

    Device newDevice(Caller caller, Template template, Long ownerId) {
        return lifecycle.createDevice(new CreateDeviceCommand(caller, new TemplateRef.ById(template.id()), null,
                DeviceName.of("Device " + UUID.randomUUID().toString().substring(0, 8)), ownerId,
                DeviceDetails.Depth.BASE_INFO)).device();
    }

    Device reload(Caller caller, Device device) {
        return catalog.getDevice(caller, device.id(), DeviceDetails.Depth.BASE_INFO).device();
    }
}
