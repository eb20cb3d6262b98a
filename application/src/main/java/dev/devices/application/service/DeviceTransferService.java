package dev.devices.application.service;

import dev.devices.application.port.in.RemoveOwnerUseCase;
import dev.devices.application.port.in.TransferDeviceToOrganizationUseCase;
import dev.devices.application.port.in.TransferDeviceToOwnerUseCase;
import dev.devices.application.port.out.UnitOfWork;
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
import dev.devices.domain.template.TemplateUsePolicy;
import dev.devices.domain.timeline.EventType;
import dev.devices.domain.timeline.NewTimelineEntry;
import dev.devices.domain.user.User;
import java.time.Clock;

/** Moving devices between owners and organizations (D13, D14, D15), each recorded on the timeline. */
public final class DeviceTransferService implements TransferDeviceToOwnerUseCase, TransferDeviceToOrganizationUseCase,
        RemoveOwnerUseCase {

    private final UnitOfWork unitOfWork;
    private final Ports ports;
    private final OrganizationAccess access;
    private final DeviceAccess devices;
    private final Clock clock;

    public DeviceTransferService(UnitOfWork unitOfWork, Ports ports, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.ports = ports;
        this.access = new OrganizationAccess(ports.organizations());
        this.devices = new DeviceAccess(ports);
        this.clock = clock;
    }

    @Override
    public void transferToOwner(Caller caller, int deviceId, long newUserId) {
        unitOfWork.run(() -> {
            Device device = devices.load(caller, deviceId, DeviceAction.EDIT);
            PermissionPolicy.canName(caller, newUserId).orThrow();
            Reach reach = access.reachOf(caller);
            User owner = ports.users().loadUser(newUserId).orElseThrow(NotFound::user);
            Organization destination = ports.organizations().loadOrganization(owner.orgId()).orElseThrow(NotFound::user);
            ReachPolicy.canReach(reach, destination, NotFound::user).orThrow();
            TransferPolicy.canTransferToOwner(device, owner).orThrow();
            requireTemplateUsableIn(device, destination);
            move(device, destination.id(), owner.id(), "Owner changed from " + ownerLabel(device.ownerUserId())
                    + " to " + owner.email().value() + organizationChange(device, destination.id()));
        });
    }

    @Override
    public void transferToOrganization(Caller caller, int deviceId, int newOrgId) {
        unitOfWork.run(() -> {
            Device device = devices.load(caller, deviceId, DeviceAction.EDIT);
            Organization destination = access.reachable(caller, newOrgId, NotFound::destinationOrganization);
            TransferPolicy.canTransferToOrganization(device, destination).orThrow();
            requireTemplateUsableIn(device, destination);
            Long keptOwner = ownerBelongingTo(device.ownerUserId(), destination.id());
            String ownerChange = device.ownerUserId() != null && keptOwner == null
                    ? "; owner " + ownerLabel(device.ownerUserId()) + " removed" : "";
            move(device, destination.id(), keptOwner,
                    "Moved" + organizationChange(device, destination.id()) + ownerChange);
        });
    }

    @Override
    public void removeOwner(Caller caller, int deviceId) {
        unitOfWork.run(() -> {
            Device device = devices.load(caller, deviceId, DeviceAction.EDIT);
            if (device.ownerUserId() != null) {
                move(device, device.orgId(), null, "Owner " + ownerLabel(device.ownerUserId()) + " removed");
            }
        });
    }

    private void move(Device device, int orgId, Long ownerId, String description) {
        ports.saveDevice().updateDevice(device.movedTo(orgId, ownerId));
        ports.timeline().appendTimelineEntry(new NewTimelineEntry(device.id(), orgId, null, EventType.INFORMATION,
                null, description, clock.millis()));
    }

    /** A device keeps its template, so the template must stay usable where the device goes. */
    private void requireTemplateUsableIn(Device device, Organization destination) {
        Organization templateOwner = ports.organizations()
                .loadOrganization(devices.templateOf(device).orgId()).orElseThrow(NotFound::template);
        if (!TemplateUsePolicy.canUse(templateOwner, destination).allowed()) {
            throw InvalidInput.of("newOrgId", "The device's template is not available in the destination organization.");
        }
    }

    private Long ownerBelongingTo(Long ownerId, int orgId) {
        if (ownerId == null) {
            return null;
        }
        return ports.users().loadUser(ownerId).filter(u -> u.orgId() == orgId).map(User::id).orElse(null);
    }

    private String ownerLabel(Long userId) {
        if (userId == null) {
            return "none";
        }
        return ports.users().loadUser(userId).map(u -> u.email().value()).orElse("user " + userId);
    }

    private static String organizationChange(Device device, int newOrgId) {
        return device.orgId() == newOrgId ? "" : " from organization " + device.orgId() + " to " + newOrgId;
    }
}
