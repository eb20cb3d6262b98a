package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.user.Permission;
import java.util.Set;

/**
 * Turns the claims of an access token whose signature an authentication adapter has verified into
 * the caller as it stands now: a token of a deleted client, or of a deleted or deactivated user, no
 * longer authenticates ({@link CallerRejected}); a client whose platform-API scope is disabled is
 * refused with a 403 ({@link dev.devices.domain.error.Forbidden}).
 */
public interface AuthenticateCallerUseCase {

    Caller authenticate(VerifiedToken token);

    /**
     * What a verified token claims. {@code clientId} is absent for tokens of an external issuer;
     * {@code permissions} is present only when the issuer states them (external issuers), otherwise
     * they are the user's role's, or everything for an organization-scoped token.
     */
    record VerifiedToken(int orgId, String clientId, Long userId, Set<Permission> permissions) {
    }

    /** The token is genuine but its client or user no longer may use it: answered as 401. */
    final class CallerRejected extends RuntimeException {
        public CallerRejected(String message) {
            super(message, null, false, false);
        }
    }
}
