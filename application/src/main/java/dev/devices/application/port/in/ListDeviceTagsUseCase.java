package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.tag.Tag;
import java.util.List;

/** D10: the tags on a device. */
public interface ListDeviceTagsUseCase {

    List<Tag> deviceTags(Caller caller, int deviceId);
}
