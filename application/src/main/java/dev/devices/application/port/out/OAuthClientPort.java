package dev.devices.application.port.out;

import dev.devices.domain.access.OAuthClient;
import java.util.Optional;

/** OAuth clients of the platform API. */
public interface OAuthClientPort {

    OAuthClient createClient(int orgId, String name, String clientId, String secretHash);

    Optional<OAuthClient> findClient(String clientId);
}
