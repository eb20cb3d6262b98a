package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.tag.Tag;
import java.util.List;

/** Tags: those usable in an organization, creating one, and replacing a device's set. */
public interface TagsUseCase {

    /** Tags created by the organization ({@code orgId} null: the caller's) or by its ancestors. */
    List<Tag> listTags(Caller caller, Integer orgId);

    Tag createTag(Caller caller, String name, String color);

    /** Replaces the device's tags; at most {@link Tag#MAX_PER_DEVICE}, each usable in the device's organization. */
    void setDeviceTags(Caller caller, int deviceId, List<Integer> tagIds);
}
