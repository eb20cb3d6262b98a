package dev.devices.application.service;

import dev.devices.application.port.in.CreateDeviceUseCase;
import dev.devices.application.port.in.DeleteDeviceUseCase;
import dev.devices.application.port.in.DeviceDetails;
import dev.devices.application.port.in.RenameDeviceUseCase;
import dev.devices.application.port.out.CredentialChangesPort;
import dev.devices.application.port.out.DeviceDataPort;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.SaveDevicePort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.TimelinePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.port.out.UserPort;
import dev.devices.domain.access.Caller;
import dev.devices.domain.access.DeviceAction;
import dev.devices.domain.access.PermissionPolicy;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceToken;
import dev.devices.domain.device.NewDevice;
import dev.devices.domain.device.OwnershipPolicy;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.template.MetaFieldDefinition;
import dev.devices.domain.template.MetaFieldValue;
import dev.devices.domain.template.Template;
import dev.devices.domain.template.TemplateEvent;
import dev.devices.domain.template.TemplateUsePolicy;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.NewTimelineEntry;
import dev.devices.domain.user.User;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Creating (D8), renaming (D5) and deleting (D6) devices. */
public final class DeviceLifecycleService implements CreateDeviceUseCase, RenameDeviceUseCase, DeleteDeviceUseCase {

    private final UnitOfWork unitOfWork;
    private final OrganizationTreePort organizations;
    private final SaveDevicePort saveDevice;
    private final DeviceDataPort deviceData;
    private final TemplatePort templates;
    private final TimelinePort timeline;
    private final UserPort users;
    private final CredentialChangesPort credentialChanges;
    private final OrganizationAccess access;
    private final DeviceAccess devices;
    private final DeviceViews views;
    private final RandomGenerator secureRandom;
    private final Clock clock;

    /** {@code credentialChanges}: where a broker that knows devices one by one learns of new and deleted ones. */
    public DeviceLifecycleService(UnitOfWork unitOfWork, OrganizationTreePort organizations, LoadDevicePort loadDevice,
                                  SaveDevicePort saveDevice, DeviceDataPort deviceData, TemplatePort templates,
                                  TimelinePort timeline, UserPort users, CredentialChangesPort credentialChanges,
                                  RandomGenerator secureRandom, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.organizations = organizations;
        this.saveDevice = saveDevice;
        this.deviceData = deviceData;
        this.templates = templates;
        this.timeline = timeline;
        this.users = users;
        this.credentialChanges = credentialChanges;
        this.access = new OrganizationAccess(organizations);
        this.devices = new DeviceAccess(organizations, loadDevice, templates);
        this.views = new DeviceViews(deviceData, templates, timeline, users);
        this.secureRandom = secureRandom;
        this.clock = clock;
    }

    @Override
    public DeviceDetails createDevice(CreateDeviceCommand command) {
        return unitOfWork.inTransaction(() -> {
            Organization organization = access.reachable(command.caller(), command.orgId(), NotFound::organization);
            Template template = usableTemplate(command.template(), organization);
            Long ownerId = command.ownerId() != null ? command.ownerId() : PermissionPolicy.defaultOwner(command.caller());
            PermissionPolicy.canCreate(command.caller(), ownerId).orThrow();
            String ownerEmail = null;
            if (ownerId != null) {
                User owner = users.loadUser(ownerId).orElseThrow(NotFound::user);
                OwnershipPolicy.canOwn(owner, organization.id()).orThrow();
                ownerEmail = owner.email().value();
            }
            long now = clock.millis();
            Device device = saveDevice.insertDevice(new NewDevice(organization.id(), template.id(),
                    template.originalId(), command.name(), DeviceToken.generate(secureRandom), ownerId, now));
            credentialChanges.record(device.token(), true);
            Map<Integer, MetaFieldValue> metaFieldValues = initialMetaFieldValues(template);
            deviceData.saveMetaFieldValues(device.id(), metaFieldValues);
            Optional<TemplateEvent> lifecycle = template.firstEventOf(EventType.LIFECYCLE);
            lifecycle.ifPresent(event -> timeline.appendTimelineEntry(
                    new NewTimelineEntry(device.id(), organization.id(), event.id(), EventType.LIFECYCLE,
                            event.eventCode(), "Device created", now)));
            // answered from what was just written: reading it back cost four queries per create
            return views.ofCreated(device, template, lifecycle, metaFieldValues, ownerEmail, command.depth());
        });
    }

    private Template usableTemplate(TemplateRef ref, Organization deviceOrganization) {
        Template template = (ref instanceof TemplateRef.ById byId
                ? templates.loadTemplate(byId.id())
                : templates.loadTemplateByStringId(((TemplateRef.ByStringId) ref).stringId()))
                .orElseThrow(NotFound::template);
        Organization templateOwner = organizations.loadOrganization(template.orgId()).orElseThrow(NotFound::template);
        TemplateUsePolicy.canUse(templateOwner, deviceOrganization).orThrow();
        return template;
    }

    private static Map<Integer, MetaFieldValue> initialMetaFieldValues(Template template) {
        Map<Integer, MetaFieldValue> values = new LinkedHashMap<>();
        for (MetaFieldDefinition definition : template.metaFields()) {
            if (!MetaFieldValue.isDerived(definition.type())) {
                values.put(definition.id(), MetaFieldValue.unset(definition.type()));
            }
        }
        return values;
    }

    @Override
    public Device renameDevice(RenameDeviceCommand command) {
        return unitOfWork.inTransaction(() -> {
            Device device = devices.load(command.caller(), command.deviceId(), DeviceAction.EDIT);
            return saveDevice.updateDevice(device.rename(command.newName()));
        });
    }

    @Override
    public void deleteDevice(Caller caller, int deviceId) {
        unitOfWork.run(() -> {
            // locked: a rotation at the same time ends before, and the tokens removed below are all of them
            Device device = devices.lock(caller, deviceId, DeviceAction.DELETE);
            saveDevice.deleteDevice(device.orgId(), device.id())
                    .ifPresent(previous -> credentialChanges.record(previous, false));
            credentialChanges.record(device.token(), false);
        });
    }
}
