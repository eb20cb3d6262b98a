package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.tag.Tag;

/** Creates a tag in the caller's organization. */
public interface CreateTagUseCase {

    Tag createTag(Caller caller, String name, String color);
}
