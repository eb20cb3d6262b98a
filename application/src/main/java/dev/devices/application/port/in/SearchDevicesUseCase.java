package dev.devices.application.port.in;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.access.Caller;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceSort;
import dev.devices.domain.error.InvalidInput;
import java.util.Objects;

/** D3: devices of the caller's subtree whose name, token, owner email or template name contain a text. */
public interface SearchDevicesUseCase {

    Page<Device> searchDevices(SearchDevicesQuery query);

    record SearchDevicesQuery(Caller caller, String query, DeviceSort sortBy, boolean descending, PageRequest page) {
        public static final int MAX_QUERY_LENGTH = 255;

        public SearchDevicesQuery {
            Objects.requireNonNull(caller);
            Objects.requireNonNull(sortBy);
            Objects.requireNonNull(page);
            if (query == null || query.isBlank() || query.length() > MAX_QUERY_LENGTH) {
                throw InvalidInput.of("query", "query is required and should be 1.." + MAX_QUERY_LENGTH + " symbols long.");
            }
        }
    }
}
