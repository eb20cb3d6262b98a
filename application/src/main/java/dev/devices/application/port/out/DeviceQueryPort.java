package dev.devices.application.port.out;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.access.DeviceVisibility;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceSort;
import dev.devices.domain.organization.OrgPath;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.user.Email;
import java.util.List;

/** Lists of devices. Ties are always broken by id, ascending. */
public interface DeviceQueryPort {

    /** Devices of one organization (or its whole subtree) that the visibility shows, by id. */
    Page<Device> listDevices(Organization organization, boolean includeSubOrganizations, DeviceVisibility visibility,
                             PageRequest page);

    /** Devices in the subtree that the visibility shows and that match a search, sorted as asked. */
    Page<Device> searchDevices(OrgPath within, DeviceVisibility visibility, DeviceSearch search, PageRequest page);

    /** Devices in the subtree owned by the user with that email (ignoring case), by id. */
    Page<Device> listDevicesByOwnerEmail(OrgPath within, Email ownerEmail, PageRequest page);

    /** Devices of exactly one organization that the visibility shows, activated at or after {@code since}, newest first. */
    List<Device> listRecentlyActivated(int orgId, long since, DeviceVisibility visibility, int limit);

    /**
     * A case-insensitive substring over name, token, owner email and template name, or the exact id
     * when {@code exactId} is set. {@code now} lets "Status" sort by connectedness.
     */
    record DeviceSearch(String text, Integer exactId, DeviceSort sortBy, boolean descending, long now) {
    }
}
