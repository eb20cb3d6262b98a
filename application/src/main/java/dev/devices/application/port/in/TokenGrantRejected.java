package dev.devices.application.port.in;

/**
 * A token request refused with an RFC 6749 error code ({@code invalid_client}, {@code invalid_grant},
 * ...) or, after too many failures, {@code slow_down} (RFC 8628's registered code) with the seconds to wait.
 */
public final class TokenGrantRejected extends RuntimeException {

    private final String error;
    private final long retryAfterSeconds;

    private TokenGrantRejected(String error, String description) {
        this(error, description, 0);
    }

    private TokenGrantRejected(String error, String description, long retryAfterSeconds) {
        super(description, null, false, false);
        this.error = error;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static TokenGrantRejected slowDown(long retryAfterSeconds) {
        return new TokenGrantRejected("slow_down", "Too many failed attempts; retry in " + retryAfterSeconds + " s.",
                retryAfterSeconds);
    }

    /** Seconds to wait before trying again; 0 unless the error is {@code slow_down}. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
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
