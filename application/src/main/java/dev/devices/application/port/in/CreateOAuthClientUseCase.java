package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.access.OAuthClient;
import dev.devices.domain.error.InvalidInput;
import java.util.Objects;

/** Creates an OAuth client for an organization the caller reaches; the secret is shown only now. */
public interface CreateOAuthClientUseCase {

    CreatedClient createClient(CreateOAuthClientCommand command);

    /** {@code platformApiScope} null: enabled. */
    record CreateOAuthClientCommand(Caller caller, String name, Integer orgId, Boolean platformApiScope) {
        public CreateOAuthClientCommand {
            Objects.requireNonNull(caller);
            if (name == null || name.isBlank() || name.length() > 100) {
                throw InvalidInput.of("name", "name is required and should be up to 100 symbols in length.");
            }
        }
    }

    record CreatedClient(OAuthClient client, String secret) {
        @Override
        public String toString() {
            return "CreatedClient[" + client + "]";
        }
    }
}
