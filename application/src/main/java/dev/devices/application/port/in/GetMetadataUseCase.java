package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import java.util.List;

/** D22: every metafield of the device's template with the device's value. */
public interface GetMetadataUseCase {

    List<DeviceDetails.MetaFieldEntry> metadata(Caller caller, int deviceId);
}
