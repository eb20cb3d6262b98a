package dev.devices.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.domain.error.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @ParameterizedTest
    @ValueSource(strings = {"a@b.io", "first.last+tag@sub.example.com", "UPPER@Example.COM"})
    void acceptsPracticalAddresses(String email) {
        assertThat(Email.of("email", email).value()).isEqualTo(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a@b", "a@@b.io", "a b@c.io", "a@-b.io", "@b.io", "a@b..io"})
    void rejectsOthersNamingTheField(String email) {
        assertThatThrownBy(() -> Email.of("ownerEmail", email)).isInstanceOf(InvalidInput.class)
                .hasMessage("ownerEmail must be a valid email address.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ann@Example.com", "ann@example.COM"})
    void addressesDifferingInCaseAreTheSame(String email) {
        assertThat(Email.of("email", email)).isEqualTo(Email.of("email", "ann@example.com"));
        assertThat(Email.of("email", email).normalized()).isEqualTo("ann@example.com");
    }
}
