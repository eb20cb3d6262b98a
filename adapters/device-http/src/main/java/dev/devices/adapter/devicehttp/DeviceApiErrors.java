package dev.devices.adapter.devicehttp;

import dev.devices.application.port.out.StoreUnavailable;
import dev.devices.domain.error.DomainException;
import dev.devices.domain.error.ErrorKind;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The device API's answers to failures, with the contract's error body. Its own table, because
 * devices are not platform callers: an unknown token is Blynk's 400 {@code Invalid token.}, and a
 * device has no permissions to lack. The resource's own exception mappers (which apply to it only)
 * hand over to this table.
 */
final class DeviceApiErrors {

    private static final Logger LOG = Logger.getLogger(DeviceApiErrors.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    private DeviceApiErrors() {
    }

    /** Exhaustive: a new kind of failure does not compile until the device API says what it answers. */
    static int status(ErrorKind kind) {
        return switch (kind) {
            case NOT_FOUND -> 404;
            case INVALID_INPUT -> 400;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
        };
    }

    static Response domain(DomainException e) {
        return error(status(e.kind()), e.getMessage());
    }

    static Response tooManyCalls() {
        return Response.fromResponse(error(429, "Too many requests")).header("Retry-After", "1").build();
    }

    static Response storeUnavailable(StoreUnavailable e) {
        LOG.warnf("Data store unreachable: %s", e.getMessage());
        return Response.fromResponse(error(503, "Service temporarily unavailable. Retry later."))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", Map.of("message", message))).build();
    }
}
