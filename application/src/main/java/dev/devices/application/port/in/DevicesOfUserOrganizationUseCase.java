package dev.devices.application.port.in;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.access.Caller;
import dev.devices.domain.device.Device;
import dev.devices.domain.user.Email;

/** D20: devices of the organization the user with {@code userEmail} belongs to. */
public interface DevicesOfUserOrganizationUseCase {

    Page<Device> devicesOfUserOrganization(Caller caller, Email userEmail, PageRequest page);
}
