package dev.devices.domain.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.domain.error.InvalidInput;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceNameTest {

    private static final String FORBIDDEN = "!\"#$%&()*+,./:;<=>?@[\\]^`{|}~\t\n";

    @ParameterizedTest
    @ValueSource(strings = {"Living Room Sensor", "a", "Датчик_1", "O'Brien-2", "温度计", "Café crème",
            "12345678901234567890123456789012345678901234567890"})
    void acceptsLettersOfAnyScriptDigitsSpacesApostrophesUnderscoresAndHyphens(String name) {
        assertThat(DeviceName.of(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "Bad/Name", "semi;colon", "tab\tname", "new\nline", "<b>", "dot.name",
            "123456789012345678901234567890123456789012345678901"})
    void rejectsEverythingElseNamingTheField(String name) {
        assertThatThrownBy(() -> DeviceName.of(name))
                .isInstanceOf(InvalidInput.class)
                .hasMessage(DeviceName.RULE)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("name");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> DeviceName.of(null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String fiftyMathLetters = "𝒜".repeat(50); // letters outside the BMP: two UTF-16 units each
        assertThat(DeviceName.isValid(fiftyMathLetters)).isTrue();
        assertThat(DeviceName.isValid("𝒜".repeat(51))).isFalse();
    }

    @Test
    void randomNamesFromTheAllowedAlphabetAreValidAndAnyOtherCharacterMakesThemInvalid() {
        Random random = new Random(42);
        String allowed = "abcXYZ019 '_-ЖжΩ";
        for (int i = 0; i < 2000; i++) {
            StringBuilder name = new StringBuilder("x");
            int length = random.nextInt(49);
            for (int j = 0; j < length; j++) {
                name.append(allowed.charAt(random.nextInt(allowed.length())));
            }
            assertThat(DeviceName.isValid(name.toString())).as(name.toString()).isTrue();
            char forbidden = FORBIDDEN.charAt(random.nextInt(FORBIDDEN.length()));
            name.insert(random.nextInt(name.length() + 1), forbidden);
            assertThat(DeviceName.isValid(name.toString())).as(name.toString()).isFalse();
        }
    }
}
