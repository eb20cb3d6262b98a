package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.tag.Tag;
import java.util.Objects;

/** Creates a tag in the caller's organization. */
public interface CreateTagUseCase {

    Tag createTag(CreateTagCommand command);

    /** A name (1..50 characters of one line) and an optional {@code #rgb} / {@code #rrggbb} color. */
    record CreateTagCommand(Caller caller, String name, String color) {
        public CreateTagCommand {
            Objects.requireNonNull(caller);
            Tag.check(name, color);
            name = name.strip();
        }
    }
}
