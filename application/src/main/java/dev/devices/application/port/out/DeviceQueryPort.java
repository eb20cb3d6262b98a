package dev.devices.application.port.out;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.device.Device;
import dev.devices.domain.organization.Organization;

/** Lists of devices, ordered by id ascending. */
public interface DeviceQueryPort {

    Page<Device> listDevices(Organization organization, boolean includeSubOrganizations, PageRequest page);
}
