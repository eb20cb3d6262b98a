package dev.devices.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.application.port.in.CreateTagUseCase.CreateTagCommand;
import dev.devices.application.port.in.ResolveEventUseCase.ResolveEventCommand;
import dev.devices.application.port.in.SetDeviceTagsUseCase.SetDeviceTagsCommand;
import dev.devices.application.port.in.TriggerEventUseCase.TriggerEventCommand;
import dev.devices.application.port.in.WriteDataStreamsUseCase.WriteDataStreamsCommand;
import dev.devices.domain.access.Caller;
import dev.devices.domain.error.InvalidInput;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A command that exists is a valid one: bad input is refused, naming the field, before any use case runs. */
class CommandsTest {

    private static final Caller CALLER = Caller.organization(1, "client");

    @Test
    void aDeviceHasAtMostFiveTags() {
        var five = new LinkedHashSet<>(List.of(1, 2, 3, 4, 5));
        assertThat(new SetDeviceTagsCommand(CALLER, 7, five).tagIds()).containsExactly(1, 2, 3, 4, 5);
        assertThatThrownBy(() -> new SetDeviceTagsCommand(CALLER, 7, new LinkedHashSet<>(List.of(1, 2, 3, 4, 5, 6))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("tagIds"));
    }

    @Test
    void aWriteNamesAtLeastOneDataStream() {
        assertThatThrownBy(() -> new WriteDataStreamsCommand(CALLER, 7, Map.of()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("values"));
    }

    @Test
    void aTagNameIsStrippedAndBounded() {
        assertThat(new CreateTagCommand(CALLER, "  fleet ", "#fff").name()).isEqualTo("fleet");
        assertThatThrownBy(() -> new CreateTagCommand(CALLER, "x".repeat(51), null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new CreateTagCommand(CALLER, "fleet", "red")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void eventTextsKeepBlynksBounds() {
        assertThatThrownBy(() -> new TriggerEventCommand(CALLER, 7, "too_hot", "d".repeat(301)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ResolveEventCommand(CALLER, 7, 1L, "c".repeat(1001)))
                .isInstanceOf(InvalidInput.class);
    }
}
