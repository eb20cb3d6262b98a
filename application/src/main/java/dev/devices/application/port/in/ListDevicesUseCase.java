package dev.devices.application.port.in;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.access.Caller;
import dev.devices.domain.device.Device;
import java.util.Objects;

/** D1: devices of an organization the caller reaches, optionally with its sub-organizations. */
public interface ListDevicesUseCase {

    Page<Device> listDevices(ListDevicesQuery query);

    /** {@code orgId} null means the caller's own organization. */
    record ListDevicesQuery(Caller caller, Integer orgId, boolean includeSubOrgDevices, PageRequest page) {
        public ListDevicesQuery {
            Objects.requireNonNull(caller);
            Objects.requireNonNull(page);
        }
    }
}
