package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.text.Text;
import dev.devices.domain.user.Email;
import dev.devices.domain.user.Role;
import dev.devices.domain.user.User;
import dev.devices.domain.user.UserStatus;
import java.util.Objects;

/** Creates a user in an organization the caller reaches. */
public interface CreateUserUseCase {

    User createUser(CreateUserCommand command);

    /** {@code orgId} null means the caller's organization; {@code password} null leaves the user unable to sign in. */
    record CreateUserCommand(Caller caller, Email email, String name, Role role, Integer orgId, String password,
                             UserStatus status) {
        public static final int MAX_NAME_LENGTH = 100;
        public static final int MIN_PASSWORD_LENGTH = 8;
        public static final int MAX_PASSWORD_LENGTH = 128;

        public CreateUserCommand {
            Objects.requireNonNull(caller);
            Objects.requireNonNull(email);
            Objects.requireNonNull(role);
            Objects.requireNonNull(status);
            Text.name("name", name, MAX_NAME_LENGTH);
            if (password != null && (password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH)) {
                throw InvalidInput.of("password", "password must be " + MIN_PASSWORD_LENGTH + ".." + MAX_PASSWORD_LENGTH
                        + " characters long.");
            }
        }

        @Override
        public String toString() {
            return "CreateUserCommand[orgId=" + orgId + ", role=" + role + "]";
        }
    }
}
