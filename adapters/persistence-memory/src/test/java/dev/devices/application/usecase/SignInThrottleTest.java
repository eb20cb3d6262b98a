package dev.devices.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.port.in.CreateUserUseCase.CreateUserCommand;
import dev.devices.application.port.in.IssueTokenUseCase.ClientCredentials;
import dev.devices.application.port.in.TokenGrantRejected;
import dev.devices.domain.user.Email;
import dev.devices.domain.user.Role;
import dev.devices.domain.user.UserStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Guessing at the token endpoint is slowed per client, per username and per address (limits 3, 3, 5 here). */
class SignInThrottleTest {

    private final UseCaseFixture f = new UseCaseFixture();

    @Test
    void aClientWithTooManyWrongSecretsIsRefusedEvenWithTheRightOneUntilTheMinuteEnds() {
        for (int i = 0; i < 3; i++) {
            String address = "10.0.0." + i;
            assertThat(error(() -> f.tokens.clientCredentials(new ClientCredentials("root-client", "guess", address))))
                    .isEqualTo("invalid_client");
        }
        TokenGrantRejected refused = rejection(() -> f.tokens.clientCredentials(
                new ClientCredentials("root-client", "root-secret", "10.0.0.9")));
        assertThat(refused.error()).isEqualTo("slow_down");
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);

        f.clock.advance(Duration.ofSeconds(refused.retryAfterSeconds()));
        assertThat(f.tokens.clientCredentials(new ClientCredentials("root-client", "root-secret", "10.0.0.9"))
                .accessToken()).isNotBlank();
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedWhateverItTries() {
        for (int i = 0; i < 5; i++) {
            String clientId = "guessed-" + i;
            assertThat(error(() -> f.tokens.clientCredentials(new ClientCredentials(clientId, "x", "192.0.2.7"))))
                    .isEqualTo("invalid_client");
        }
        assertThat(error(() -> f.tokens.clientCredentials(new ClientCredentials("root-client", "root-secret", "192.0.2.7"))))
                .isEqualTo("slow_down");
        assertThat(f.tokens.clientCredentials(new ClientCredentials("root-client", "root-secret", "192.0.2.8"))
                .accessToken()).isNotBlank();
    }

    @Test
    void aUsernameWithTooManyWrongPasswordsIsRefusedEvenWithTheRightOne() {
        String email = "victim@example.com";
        f.users.createUser(new CreateUserCommand(f.root, Email.of("email", email), "Victim", Role.User, null,
                "correct-password", UserStatus.Active));
        ClientCredentials client = new ClientCredentials("root-client", "root-secret", null);
        for (int i = 0; i < 3; i++) {
            String guess = "wrong-" + i;
            assertThat(error(() -> f.tokens.userCredentials(client, email, guess))).isEqualTo("invalid_grant");
        }
        assertThat(error(() -> f.tokens.userCredentials(client, "VICTIM@example.com", "correct-password")))
                .isEqualTo("slow_down");
        assertThat(f.tokens.clientCredentials(client).accessToken()).as("the client itself is not blocked").isNotBlank();
    }

    private static String error(Runnable attempt) {
        return rejection(attempt).error();
    }

    private static TokenGrantRejected rejection(Runnable attempt) {
        try {
            attempt.run();
        } catch (TokenGrantRejected rejected) {
            return rejected;
        }
        throw new AssertionError("the attempt was not rejected");
    }
}
