package dev.devices.application.port.in;

import java.util.Optional;

/**
 * First start: when no organization exists yet, creates the root organization and an OAuth client so
 * that a newcomer can obtain a token at once.
 */
public interface InitializeServiceUseCase {

    /**
     * @param clientId     the client id to create, or null to generate one
     * @param clientSecret the secret to give it, or null to generate one
     * @return what was created, or empty when the service was already initialized
     */
    Optional<CreateOAuthClientUseCase.CreatedClient> initializeIfEmpty(String clientId, String clientSecret);
}
