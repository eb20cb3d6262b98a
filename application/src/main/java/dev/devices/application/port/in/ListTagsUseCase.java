package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.tag.Tag;
import java.util.List;

/** Tags created by the organization ({@code orgId} null: the caller's) or by its ancestors. */
public interface ListTagsUseCase {

    List<Tag> listTags(Caller caller, Integer orgId);
}
