package dev.devices.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.domain.device.HardwareInfo;
import dev.devices.domain.error.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @Test
    void aNameIsRequiredAndCountsCharactersNotCodeUnits() {
        assertThat(Text.name("name", "😀".repeat(10), 10)).hasSize(20); // 10 characters, 20 UTF-16 units
        assertThatThrownBy(() -> Text.name("name", "😀".repeat(11), 10)).isInstanceOf(InvalidInput.class)
                .hasMessage("name is required and should be up to 10 symbols in length.");
        assertThatThrownBy(() -> Text.name("name", " ", 10)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Text.name("name", null, 10)).isInstanceOf(InvalidInput.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[0m", "a\u0007", "a\nb", "a\rb", "a\tb", "\u007f", "\u0085"})
    void aNameHoldsNoControlCharacter(String value) {
        assertThatThrownBy(() -> Text.name("name", value, 100)).isInstanceOf(InvalidInput.class)
                .hasMessage("name must not contain control characters.")
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("name");
    }

    @Test
    void aDescriptionMayBreakLinesButHoldsNoOtherControlCharacter() {
        assertThat(Text.optionalDescription("description", "one\ntwo\r\n\tthree", 100)).isNotNull();
        assertThat(Text.optionalDescription("description", null, 100)).isNull();
        assertThatThrownBy(() -> Text.optionalDescription("description", "\u001b[2J", 100)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Text.optionalDescription("description", "x".repeat(101), 100))
                .hasMessage("description should be up to 100 symbols in length.");
    }

    @Test
    void hardwareInfoIsBoundedFieldByField() {
        String atBound = "x".repeat(HardwareInfo.MAX_FIELD_LENGTH);
        new HardwareInfo(atBound, atBound, atBound, atBound, atBound, atBound).checked();
        new HardwareInfo(null, null, null, null, null, null).checked();
        assertThatThrownBy(() -> new HardwareInfo(null, null, null, null, atBound + "x", null).checked())
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("hardwareInfo.build");
    }
}
