package dev.devices.application.port.in;

/** The OAuth2 token endpoint's grants (contract §4). Failures are {@link TokenGrantRejected} with an RFC 6749 code. */
public interface IssueTokenUseCase {

    TokenPair clientCredentials(ClientCredentials client);

    /** A user-scoped token for an active user of the client's organization subtree (grant user_credentials/password). */
    TokenPair userCredentials(ClientCredentials client, String username, String password);

    TokenPair refresh(ClientCredentials client, String refreshToken);

    /** The client's id and secret, and the address the request came from (for slowing guessing; may be null). */
    record ClientCredentials(String clientId, String clientSecret, String address) {
        public ClientCredentials(String clientId, String clientSecret) {
            this(clientId, clientSecret, null);
        }

        @Override
        public String toString() {
            return "ClientCredentials[" + clientId + "]";
        }
    }

    record TokenPair(String accessToken, long expiresInSeconds, String refreshToken) {
        @Override
        public String toString() {
            return "TokenPair[expiresIn=" + expiresInSeconds + "]";
        }
    }
}
