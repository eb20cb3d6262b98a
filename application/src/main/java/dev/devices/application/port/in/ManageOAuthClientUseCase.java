package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.access.OAuthClient;

/**
 * Switching an OAuth client's platform-API scope and deleting it. The client must belong to an
 * organization the caller reaches; tokens it issued stop working at once in both cases.
 */
public interface ManageOAuthClientUseCase {

    OAuthClient setPlatformApiScope(Caller caller, String clientId, boolean enabled);

    void deleteClient(Caller caller, String clientId);
}
