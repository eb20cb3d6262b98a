package dev.devices.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.devices.adapter.rest.dto.ErrorBody;
import dev.devices.application.port.in.AnswerOnceUseCase;
import dev.devices.application.port.in.WriteDeviceIfMatchUseCase;
import dev.devices.application.port.out.StoreUnavailable;
import dev.devices.domain.error.DomainException;
import dev.devices.domain.error.ErrorKind;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.handler.HttpException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Where failures of the platform API become HTTP answers, always with the contract's error body and
 * never with internals (stack traces, SQL, class names). The device API has its own table.
 *
 * <pre>
 * NotFound        404    InvalidInput, bad JSON  400    Conflict  409
 * Forbidden       403    missing/invalid token   401    other     500 "Internal server error"
 * DeviceChangedSinceVersion 412 with the current ETag
 * Idempotency-Key: KeyInUse 409, KeyReused 422
 * StoreUnavailable 503 with Retry-After
 * </pre>
 */
class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    Response domain(DomainException e) {
        return error(status(e.kind()), e.getMessage());
    }

    /** The platform API's table; exhaustive, so a new kind of failure does not compile until it is mapped here. */
    static int status(ErrorKind kind) {
        return switch (kind) {
            case NOT_FOUND -> 404;
            case INVALID_INPUT -> 400;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
        };
    }

    /** A stale If-Match: the current ETag comes along, so that the client can load the device again or retry. */
    @ServerExceptionMapper
    Response changedSince(WriteDeviceIfMatchUseCase.DeviceChangedSinceVersion e) {
        return Response.status(412).type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ETAG, DeviceETags.of(e.deviceId(), e.currentVersion()))
                .entity(ErrorBody.of(e.getMessage())).build();
    }

    @ServerExceptionMapper
    Response keyInUse(AnswerOnceUseCase.KeyInUse e) {
        return error(409, e.getMessage());
    }

    @ServerExceptionMapper
    Response keyReused(AnswerOnceUseCase.KeyReused e) {
        return error(422, e.getMessage());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    Response unauthorized(RuntimeException e) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(MediaType.APPLICATION_JSON)
                .entity(ErrorBody.of("Unauthorized"))
                .build();
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e) {
        return error(403, "Forbidden");
    }

    /** Named explicitly: Quarkus' own mapper for this type would otherwise answer with an empty 400. */
    @ServerExceptionMapper
    Response wrongType(MismatchedInputException e) {
        return badJson(e);
    }

    @ServerExceptionMapper
    Response badJson(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (e.getOriginalMessage().equals(StrictJson.NulFreeStrings.RULE)) {
                return error(400, "Field '" + field + "' " + StrictJson.NulFreeStrings.RULE + ".");
            }
            return error(400, "Field '" + field + "' has a value of the wrong type.");
        }
        if (e instanceof JsonMappingException) {
            return error(400, "The request body does not have the expected shape.");
        }
        return error(400, "The request body is not valid JSON.");
    }

    @ServerExceptionMapper
    Response framework(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return error(500, "Internal server error");
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return badJson(json);
        }
        return error(status, switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable: this API answers application/json";
            case 413 -> "Request body is too large";
            case 415 -> "Unsupported media type: send application/json";
            default -> reasonPhrase(status);
        });
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Request failed";
    }

    /** The HTTP layer's refusal, e.g. a query with a malformed percent-escape ({@code ?deviceId=%zz}). */
    @ServerExceptionMapper
    Response http(HttpException e) {
        if (e.getStatusCode() >= 500) {
            return unexpected(e);
        }
        return error(e.getStatusCode(), e.getStatusCode() == 400 ? MalformedRequests.MESSAGE : reasonPhrase(e.getStatusCode()));
    }

    @ServerExceptionMapper
    Response tooLarge(TooLargeBodies.BodyTooLarge e) {
        return TooLargeBodies.answer();
    }

    /** The database cannot be reached: a clear, retryable answer instead of a 500; readiness is DOWN meanwhile. */
    @ServerExceptionMapper
    Response unavailable(StoreUnavailable e) {
        LOG.warnf("Data store unreachable: %s", rootMessage(e));
        return Response.status(503).type(MediaType.APPLICATION_JSON).header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(ErrorBody.of("Service temporarily unavailable: a data store of the service cannot be reached. Retry later."))
                .build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e) {
        LOG.error("Unexpected failure", e);
        return error(500, "Internal server error");
    }

    static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(ErrorBody.of(message)).build();
    }
}
