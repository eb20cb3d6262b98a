package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.access.OAuthClient;
import dev.devices.domain.text.Text;
import java.util.Objects;

/** Creates an OAuth client for an organization the caller reaches; the secret is shown only now. */
public interface CreateOAuthClientUseCase {

    CreatedClient createClient(CreateOAuthClientCommand command);

    /** {@code platformApiScope} null: enabled. */
    record CreateOAuthClientCommand(Caller caller, String name, Integer orgId, Boolean platformApiScope) {
        public static final int MAX_NAME_LENGTH = 100;

        public CreateOAuthClientCommand {
            Objects.requireNonNull(caller);
            Text.name("name", name, MAX_NAME_LENGTH);
        }
    }

    record CreatedClient(OAuthClient client, String secret) {
        @Override
        public String toString() {
            return "CreatedClient[" + client + "]";
        }
    }
}
