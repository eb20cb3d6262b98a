package dev.devices.application.port.in;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.access.Caller;
import dev.devices.domain.device.Device;
import dev.devices.domain.user.Email;

/** D19 and D20: devices by their owner's email, and devices of a user's organization. */
public interface DevicesByOwnerUseCase {

    /** Devices owned by {@code ownerEmail} within {@code orgId} (null: the caller's) and its descendants. */
    Page<Device> devicesByOwner(Caller caller, Email ownerEmail, Integer orgId, PageRequest page);

    /** Devices of the organization the user with {@code userEmail} belongs to. */
    Page<Device> devicesOfUserOrganization(Caller caller, Email userEmail, PageRequest page);
}
