package dev.devices.application.contract;

import dev.devices.application.port.out.OrganizationTreePort.NewOrganization;
import dev.devices.application.port.out.TemplatePort.NewTemplate;
import dev.devices.domain.device.Connectivity;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceName;
import dev.devices.domain.device.DeviceToken;
import dev.devices.domain.device.NewDevice;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.template.DataStreamDefinition;
import dev.devices.domain.template.DataStreamType;
import dev.devices.domain.template.MetaFieldDefinition;
import dev.devices.domain.template.MetaFieldType;
import dev.devices.domain.template.Template;
import dev.devices.domain.template.TemplateEvent;
import dev.devices.domain.template.TemplateStringId;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.user.Email;
import dev.devices.domain.user.NewUser;
import dev.devices.domain.user.Role;
import dev.devices.domain.user.User;
import dev.devices.domain.user.UserStatus;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** The base of every port contract: transactions, and fixtures made through the ports themselves. */
public abstract class PortContract {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The adapter under test. */
    protected abstract PortsUnderTest adapter();

    /** The adapter's ports, named one by one: {@code ports().timeline()}. */
    protected PortsUnderTest ports() {
        return adapter();
    }

    protected <T> T tx(Supplier<T> work) {
        return adapter().unitOfWork().inTransaction(work);
    }

    protected void txRun(Runnable work) {
        adapter().unitOfWork().run(work);
    }

    protected Organization newOrganization() {
        return newOrganization(adapter().rootOrganization());
    }

    protected Organization newOrganization(Organization parent) {
        return tx(() -> ports().organizations().createOrganization(
                new NewOrganization("Org " + unique(), null, parent, "UTC", System.currentTimeMillis())));
    }

    /** A template with one LIFECYCLE and one WARNING event, a Text and a Number metafield, a Double datastream. */
    protected Template newTemplate(Organization organization, String name) {
        return newTemplate(organization, name, null);
    }

    protected Template newTemplate(Organization organization, String name, Template parent) {
        return tx(() -> ports().templates().createTemplate(new NewTemplate(organization.id(), parent, name,
                TemplateStringId.generate(RANDOM),
                List.of(new TemplateEvent(0, "Provisioned", "provisioned", EventType.LIFECYCLE),
                        new TemplateEvent(0, "Too hot", "too_hot", EventType.WARNING)),
                List.of(new MetaFieldDefinition(0, "Serial", MetaFieldType.Text, true, false, null, null, null),
                        new MetaFieldDefinition(0, "Setpoint", MetaFieldType.Number, false, false, 0.0, 30.0, null)),
                List.of(new DataStreamDefinition(0, "Temperature", "temp", "v1", DataStreamType.Double, -40.0, 80.0)),
                60)));
    }

    protected User newUser(Organization organization) {
        return newUser(organization, "user-" + unique() + "@example.com");
    }

    protected User newUser(Organization organization, String email) {
        return tx(() -> ports().users().createUser(new NewUser(organization.id(), Email.of("email", email), "Test User",
                Role.User, UserStatus.Active, null)));
    }

    protected Device newDevice(Organization organization, Template template, String name) {
        return newDevice(organization, template, name, null);
    }

    protected Device newDevice(Organization organization, Template template, String name, Long ownerId) {
        return tx(() -> ports().saveDevice().insertDevice(new NewDevice(organization.id(), template.id(),
                template.originalId(), DeviceName.of(name), DeviceToken.generate(RANDOM), ownerId,
                System.currentTimeMillis())));
    }

    /** The device with activation and last-seen times set, stored. */
    protected Device withTimes(Device d, Long activatedAt, Long lastSeenAt) {
        Connectivity c = d.connectivity();
        return tx(() -> ports().saveDevice().updateDevice(new Device(d.id(), d.orgId(), d.templateId(),
                d.originalTemplateId(), d.name(), d.token(), d.ownerUserId(), activatedAt, d.hardwareInfo(),
                new Connectivity(c.firstConnectTime(), c.connectTime(), c.disconnectTime(), lastSeenAt, c.ip(),
                        c.lastReceivedEventAt(), c.firmwareUpdatedAt(), c.offlineCheckAt()),
                d.createdAt(), d.version(), d.configVersion())));
    }

    protected static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A pause inside a unit of work, so that another one runs meanwhile. */
    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
