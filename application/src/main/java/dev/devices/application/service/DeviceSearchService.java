package dev.devices.application.service;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.in.DevicesByOwnerUseCase;
import dev.devices.application.port.in.DevicesOfUserOrganizationUseCase;
import dev.devices.application.port.in.RecentlyActivatedUseCase;
import dev.devices.application.port.in.SearchDevicesUseCase;
import dev.devices.application.port.out.DeviceQueryPort;
import dev.devices.application.port.out.DeviceQueryPort.DeviceSearch;
import dev.devices.application.port.out.OrganizationTreePort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.port.out.UserPort;
import dev.devices.domain.access.Caller;
import dev.devices.domain.access.DeviceVisibility;
import dev.devices.domain.access.PermissionPolicy;
import dev.devices.domain.access.Reach;
import dev.devices.domain.access.ReachPolicy;
import dev.devices.domain.device.Device;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.user.Email;
import dev.devices.domain.user.User;
import java.time.Clock;
import java.util.List;

/** Finding devices: search (D3), by owner (D19), by a user's organization (D20), recently activated (D21). */
public final class DeviceSearchService implements SearchDevicesUseCase, DevicesByOwnerUseCase,
        DevicesOfUserOrganizationUseCase, RecentlyActivatedUseCase {

    private final UnitOfWork unitOfWork;
    private final OrganizationTreePort organizations;
    private final OrganizationAccess access;
    private final DeviceQueryPort devices;
    private final UserPort users;
    private final Clock clock;

    public DeviceSearchService(UnitOfWork unitOfWork, OrganizationTreePort organizations, DeviceQueryPort devices,
                               UserPort users, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.organizations = organizations;
        this.access = new OrganizationAccess(organizations);
        this.devices = devices;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Page<Device> searchDevices(SearchDevicesQuery query) {
        String text = query.query().strip();
        Integer exactId = text.matches("\\d{1,9}") ? Integer.valueOf(text) : null;
        DeviceSearch search = new DeviceSearch(text, exactId, query.sortBy(), query.descending(), clock.millis());
        DeviceVisibility visibility = PermissionPolicy.organizationListing(query.caller());
        return unitOfWork.readOnly(() ->
                devices.searchDevices(access.reachOf(query.caller()).path(), visibility, search, query.page()));
    }

    @Override
    public Page<Device> devicesByOwner(Caller caller, Email ownerEmail, Integer orgId, PageRequest page) {
        return unitOfWork.readOnly(() -> {
            Organization within = access.reachable(caller, orgId, NotFound::organization);
            DeviceVisibility visibility = PermissionPolicy.visibility(caller);
            if (!visibility.isAll() && !isCallersOwn(caller, ownerEmail)) {
                return new Page<>(List.of(), 0); // it sees only its own devices, and these are someone else's
            }
            return devices.listDevicesByOwnerEmail(within.path(), ownerEmail, page);
        });
    }

    @Override
    public Page<Device> devicesOfUserOrganization(Caller caller, Email userEmail, PageRequest page) {
        return unitOfWork.readOnly(() -> {
            DeviceVisibility visibility = PermissionPolicy.visibility(caller);
            Reach reach = access.reachOf(caller);
            User user = users.findUserByEmail(userEmail).orElseThrow(NotFound::user);
            Organization organization = organizations.loadOrganization(user.orgId()).orElseThrow(NotFound::user);
            ReachPolicy.canReach(reach, organization, NotFound::user).orThrow();
            PermissionPolicy.canName(caller, user.id()).orThrow();
            return devices.listDevices(organization, false, visibility, page);
        });
    }

    @Override
    public List<Device> recentlyActivated(Caller caller, Integer orgId, Minutes minutes) {
        return unitOfWork.readOnly(() -> {
            Organization organization = access.reachable(caller, orgId, NotFound::organization);
            long since = clock.millis() - minutes.value() * 60_000L;
            return devices.listRecentlyActivated(organization.id(), since, PermissionPolicy.visibility(caller), MAX_RESULTS);
        });
    }

    private boolean isCallersOwn(Caller caller, Email email) {
        return users.findUserByEmail(email).map(user -> caller.is(user.id())).orElse(false);
    }
}
