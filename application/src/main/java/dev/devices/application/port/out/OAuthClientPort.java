package dev.devices.application.port.out;

import dev.devices.domain.access.OAuthClient;
import java.util.Optional;

/** OAuth clients of the platform API. */
public interface OAuthClientPort {

    OAuthClient createClient(int orgId, String name, String clientId, String secretHash, boolean apiScopeEnabled);

    Optional<OAuthClient> findClient(String clientId);

    /** Turns the platform-API scope on or off; empty when no such client exists. */
    Optional<OAuthClient> setApiScope(String clientId, boolean enabled);

    /** Stores a new hash of the client's secret, if its stored hash is still {@code oldHash} (else nothing). */
    void replaceSecretHash(String clientId, String oldHash, String newHash);

    /** Deletes the client and its refresh tokens; false when it did not exist. */
    boolean deleteClient(String clientId);
}
