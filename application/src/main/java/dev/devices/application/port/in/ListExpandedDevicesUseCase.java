package dev.devices.application.port.in;

import dev.devices.application.paging.Page;
import dev.devices.domain.device.Device;
import java.util.List;
import java.util.Set;

/** D2: D1's list with chosen parts of each device expanded, loaded for the whole page at once. */
public interface ListExpandedDevicesUseCase {

    Page<ExpandedDevice> listExpandedDevices(ListDevicesUseCase.ListDevicesQuery query, Set<Expansion> include);

    enum Expansion { hardwareInfo, dataStreamValues, metaFieldValues }

    /** A device with the expansions asked for; the lists are null when not asked for. */
    record ExpandedDevice(Device device, List<DeviceDetails.DataStreamValueView> dataStreamValues,
                          List<DeviceDetails.MetaFieldEntry> metaFieldValues) {
    }
}
