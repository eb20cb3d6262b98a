package dev.devices.adapter.rest;

import dev.devices.adapter.rest.dto.ErrorBody;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Contract §1: a body over 2 MB is a 413 with the error body. The HTTP layer's own limit
 * (quarkus.http.limits.max-body-size) is set higher, because it answers with an empty 413; this
 * filter refuses by the declared length before the body is read.
 */
class TooLargeBodies {

    static final long LIMIT_BYTES = 2L * 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    Response refuse(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > LIMIT_BYTES) {
            return Response.status(413).type(MediaType.APPLICATION_JSON)
                    .entity(ErrorBody.of("Request body is too large: the limit is 2 MB.")).build();
        }
        return null;
    }
}
