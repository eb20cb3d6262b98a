package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import java.util.List;

/** Replaces a device's tags: at most five, each usable in the device's organization. */
public interface SetDeviceTagsUseCase {

    void setDeviceTags(Caller caller, int deviceId, List<Integer> tagIds);
}
