package dev.devices.application.port.in;

/** The OAuth2 token endpoint's grants. Failures are {@link TokenGrantRejected} with an RFC 6749 code. */
public interface IssueTokenUseCase {

    TokenPair clientCredentials(ClientCredentials client);

    TokenPair refresh(ClientCredentials client, String refreshToken);

    record ClientCredentials(String clientId, String clientSecret) {
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
