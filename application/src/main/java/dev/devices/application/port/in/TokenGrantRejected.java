package dev.devices.application.port.in;

/** A token request refused with an RFC 6749 error code ({@code invalid_client}, {@code invalid_grant}, ...). */
public final class TokenGrantRejected extends RuntimeException {

    private final String error;

    private TokenGrantRejected(String error, String description) {
        super(description, null, false, false);
        this.error = error;
    }

    public static TokenGrantRejected invalidClient() {
        return new TokenGrantRejected("invalid_client", "Client authentication failed.");
    }

    public static TokenGrantRejected invalidGrant(String description) {
        return new TokenGrantRejected("invalid_grant", description);
    }

    public static TokenGrantRejected invalidRequest(String description) {
        return new TokenGrantRejected("invalid_request", description);
    }

    public static TokenGrantRejected unsupportedGrantType(String grantType) {
        return new TokenGrantRejected("unsupported_grant_type", "Grant type '" + grantType + "' is not supported.");
    }

    public String error() {
        return error;
    }
}
