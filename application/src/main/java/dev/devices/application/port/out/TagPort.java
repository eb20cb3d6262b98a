package dev.devices.application.port.out;

import dev.devices.domain.tag.Tag;
import java.util.Collection;
import java.util.List;

/** Tags and the tags on devices. */
public interface TagPort {

    /** Throws {@link dev.devices.domain.error.Conflict} when the organization has a tag of that name. */
    Tag createTag(int orgId, String name, String color);

    /** Tags created by any of these organizations, by id. */
    List<Tag> listTags(Collection<Integer> orgIds);

    List<Tag> loadTags(Collection<Integer> tagIds);

    List<Tag> deviceTags(int deviceId);

    void replaceDeviceTags(int deviceId, Collection<Integer> tagIds);
}
