package dev.devices.application.service;

import dev.devices.application.port.in.RemoveOwnerUseCase;
import dev.devices.application.port.in.TransferDeviceToOrganizationUseCase;
import dev.devices.application.port.in.TransferDeviceToOrganizationUseCase.TransferToOrganizationCommand;
import dev.devices.application.port.in.TransferDeviceToOwnerUseCase;
import dev.devices.application.port.in.TransferDeviceToOwnerUseCase.TransferToOwnerCommand;
import dev.devices.application.port.out.CredentialChangesPort;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.SaveDevicePort;
import dev.devices.application.port.out.TagPort;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.application.port.out.TimelinePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.port.out.UserPort;
import dev.devices.domain.access.Caller;
import dev.devices.domain.access.DeviceAction;
import dev.devices.domain.access.PermissionPolicy;
import dev.devices.domain.access.Reach;
import dev.devices.domain.access.ReachPolicy;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.TransferPolicy;
import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.tag.Tag;
import dev.devices.domain.template.TemplateUsePolicy;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.NewTimelineEntry;
import dev.devices.domain.user.User;
import java.time.Clock;
import java.util.Random;
import java.util.List;

/** Moving devices between owners and organizations (D13, D14, D15), each recorded on the timeline. */
public final class DeviceTransferService implements TransferDeviceToOwnerUseCase, TransferDeviceToOrganizationUseCase,
        RemoveOwnerUseCase {

    private final UnitOfWork unitOfWork;
    private final OrganizationTreePort organizations;
    private final SaveDevicePort saveDevice;
    private final TimelinePort timeline;
    private final UserPort users;
    private final TagPort tags;
    private final OrganizationAccess access;
    private final DeviceAccess devices;
    private final Clock clock;
    private final TokenRotation rotation;

    public DeviceTransferService(UnitOfWork unitOfWork, OrganizationTreePort organizations, LoadDevicePort loadDevice,
                                 SaveDevicePort saveDevice, TemplatePort templates, TimelinePort timeline,
                                 UserPort users, TagPort tags, CredentialChangesPort credentialChanges, Random random,
                                 Clock clock) {
        this.unitOfWork = unitOfWork;
        this.organizations = organizations;
        this.saveDevice = saveDevice;
        this.timeline = timeline;
        this.users = users;
        this.tags = tags;
        this.access = new OrganizationAccess(organizations);
        this.devices = new DeviceAccess(organizations, loadDevice, templates);
        this.clock = clock;
        this.rotation = new TokenRotation(saveDevice, credentialChanges, random, clock);
    }

    @Override
    public void transferToOwner(TransferToOwnerCommand command) {
        Caller caller = command.caller();
        long newUserId = command.newUserId();
        unitOfWork.run(() -> {
            Reach reach = access.reachOf(caller);
            Device device = devices.load(reach, caller, command.deviceId(), DeviceAction.EDIT);
            PermissionPolicy.canName(caller, newUserId).orThrow();
            User owner = users.loadUser(newUserId).orElseThrow(NotFound::user);
            Organization destination = organizations.loadOrganization(owner.orgId()).orElseThrow(NotFound::user);
            ReachPolicy.canReach(reach, destination, NotFound::user).orThrow();
            TransferPolicy.canTransferToOwner(device, owner).orThrow();
            requireTemplateUsableIn(device, destination);
            String description = device.orgId() == destination.id()
                    ? "Owner changed from " + ownerLabel(device.ownerUserId()) + " to " + owner.email().value()
                    : "Owner changed to " + owner.email().value() + "; moved to organization " + destination.id();
            move(device, destination, owner.id(), description, command.rotateToken());
        });
    }

    @Override
    public void transferToOrganization(TransferToOrganizationCommand command) {
        unitOfWork.run(() -> {
            Device device = devices.load(command.caller(), command.deviceId(), DeviceAction.EDIT);
            Organization destination = access.reachable(command.caller(), command.newOrgId(),
                    NotFound::destinationOrganization);
            TransferPolicy.canTransferToOrganization(device, destination).orThrow();
            requireTemplateUsableIn(device, destination);
            Long keptOwner = ownerBelongingTo(device.ownerUserId(), destination.id());
            String ownerChange = device.ownerUserId() != null && keptOwner == null ? "; the previous owner removed" : "";
            move(device, destination, keptOwner, "Moved to organization " + destination.id() + ownerChange,
                    command.rotateToken());
        });
    }

    @Override
    public void removeOwner(Caller caller, int deviceId) {
        unitOfWork.run(() -> {
            Device device = devices.load(caller, deviceId, DeviceAction.EDIT);
            if (device.ownerUserId() != null) {
                saveDevice.updateDevice(device.movedTo(device.orgId(), null));
                appendChange(device.id(), device.orgId(), "Owner " + ownerLabel(device.ownerUserId()) + " removed");
            }
        });
    }

    /**
     * The device with its new owner, in {@code destination}. Moving to another organization leaves the
     * former one behind: its tags come off the device, and the entry recorded here (in the destination,
     * whose callers see only what was recorded in their subtree) names nothing of the former one.
     */
    private void move(Device device, Organization destination, Long ownerId, String description, boolean rotateToken) {
        Device moved = saveDevice.updateDevice(device.movedTo(destination.id(), ownerId));
        if (rotateToken) {
            rotation.rotate(moved, 0); // the former organization keeps no write access through the old token
        }
        if (device.orgId() != destination.id()) {
            List<Tag> onDevice = tags.deviceTags(device.id());
            List<Integer> usable = onDevice.stream().filter(tag -> tag.usableIn(destination))
                    .map(Tag::id).toList();
            if (usable.size() != onDevice.size()) {
                tags.replaceDeviceTags(device.id(), usable);
            }
        }
        appendChange(device.id(), destination.id(), description);
    }

    private void appendChange(int deviceId, int orgId, String description) {
        timeline.appendTimelineEntry(new NewTimelineEntry(deviceId, orgId, null, EventType.INFORMATION,
                null, description, clock.millis()));
    }

    /** A device keeps its template, so the template must stay usable where the device goes. */
    private void requireTemplateUsableIn(Device device, Organization destination) {
        Organization templateOwner = organizations
                .loadOrganization(devices.templateOf(device).orgId()).orElseThrow(NotFound::template);
        if (!TemplateUsePolicy.canUse(templateOwner, destination).allowed()) {
            throw InvalidInput.of("newOrgId", "The device's template is not available in the destination organization.");
        }
    }

    private Long ownerBelongingTo(Long ownerId, int orgId) {
        if (ownerId == null) {
            return null;
        }
        return users.loadUser(ownerId).filter(u -> u.orgId() == orgId).map(User::id).orElse(null);
    }

    private String ownerLabel(Long userId) {
        if (userId == null) {
            return "none";
        }
        return users.loadUser(userId).map(u -> u.email().value()).orElse("user " + userId);
    }
}
