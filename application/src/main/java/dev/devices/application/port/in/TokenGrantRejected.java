package dev.devices.application.port.in;

/**
 * A token request refused with an RFC 6749 error code ({@code invalid_client}, {@code invalid_grant},
 * ...) or, after too many failures, {@code slow_down} (RFC 8628's registered code) with the seconds to wait.
 */
public final class TokenGrantRejected extends RuntimeException {

    /** The refusals, each with its registered error code; the token endpoint maps each in one switch. */
    public enum Reason {
        INVALID_CLIENT("invalid_client"), INVALID_GRANT("invalid_grant"), INVALID_REQUEST("invalid_request"),
        UNSUPPORTED_GRANT_TYPE("unsupported_grant_type"), SLOW_DOWN("slow_down");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** As RFC 6749 (and RFC 8628 for slow_down) spell it. */
        public String code() {
            return code;
        }
    }

    private final Reason reason;
    private final long retryAfterSeconds;

    private TokenGrantRejected(Reason reason, String description) {
        this(reason, description, 0);
    }

    private TokenGrantRejected(Reason reason, String description, long retryAfterSeconds) {
        super(description, null, false, false);
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static TokenGrantRejected slowDown(long retryAfterSeconds) {
        return new TokenGrantRejected(Reason.SLOW_DOWN, "Too many failed attempts; retry in " + retryAfterSeconds + " s.",
                retryAfterSeconds);
    }

    /** Seconds to wait before trying again; 0 unless the error is {@code slow_down}. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static TokenGrantRejected invalidClient() {
        return new TokenGrantRejected(Reason.INVALID_CLIENT, "Client authentication failed.");
    }

    public static TokenGrantRejected invalidGrant(String description) {
        return new TokenGrantRejected(Reason.INVALID_GRANT, description);
    }

    public static TokenGrantRejected invalidRequest(String description) {
        return new TokenGrantRejected(Reason.INVALID_REQUEST, description);
    }

    public static TokenGrantRejected unsupportedGrantType(String grantType) {
        return new TokenGrantRejected(Reason.UNSUPPORTED_GRANT_TYPE, "Grant type '" + grantType + "' is not supported.");
    }

    public Reason reason() {
        return reason;
    }

    /** The error code on the wire. */
    public String error() {
        return reason.code();
    }
}
