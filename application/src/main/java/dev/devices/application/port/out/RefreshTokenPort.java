package dev.devices.application.port.out;

import java.util.Optional;

/** Refresh tokens, kept only as hashes; each can be consumed once. */
public interface RefreshTokenPort {

    void saveRefreshToken(RefreshGrant grant);

    /**
     * Marks the token used and returns what it grants, if it exists, is unused and unexpired at
     * {@code now}. Exactly one of several concurrent callers gets it.
     */
    Optional<RefreshGrant> consumeRefreshToken(String tokenHash, long now);

    record RefreshGrant(String tokenHash, String clientId, int orgId, Long userId, long expiresAt) {
    }
}
