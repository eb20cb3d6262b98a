package dev.devices.application.port.in;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.access.Caller;
import dev.devices.domain.device.Device;
import dev.devices.domain.user.Email;

/** D19: devices by their owner's email. */
public interface DevicesByOwnerUseCase {

    /** Devices owned by {@code ownerEmail} within {@code orgId} (null: the caller's) and its descendants. */
    Page<Device> devicesByOwner(Caller caller, Email ownerEmail, Integer orgId, PageRequest page);
}
