package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.tag.Tag;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** Replaces a device's tags: at most five, each usable in the device's organization. */
public interface SetDeviceTagsUseCase {

    void setDeviceTags(SetDeviceTagsCommand command);

    /** The new set (a tag named twice counts once), at most {@value Tag#MAX_PER_DEVICE} tags. */
    record SetDeviceTagsCommand(Caller caller, int deviceId, Set<Integer> tagIds) {
        public SetDeviceTagsCommand {
            Objects.requireNonNull(caller);
            tagIds = Collections.unmodifiableSet(new LinkedHashSet<>(tagIds));
            if (tagIds.size() > Tag.MAX_PER_DEVICE) {
                throw InvalidInput.of("tagIds", "A device can have at most " + Tag.MAX_PER_DEVICE + " tags.");
            }
        }
    }
}
