package dev.devices.adapter.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Contract §1: a body sent to {@code /api} without a Content-Type is read as JSON (the device API does the same itself). */
class DefaultJsonContentType {

    @ServerRequestFilter(preMatching = true)
    void assumeJson(ContainerRequestContext request) {
        if (request.getMediaType() == null && request.hasEntity() && request.getUriInfo().getPath().startsWith("/api/")) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
