package dev.devices.adapter.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Contract §1: a body sent to {@code /api} (or by a device to {@code /external}) without a Content-Type is read as JSON. */
class DefaultJsonContentType {

    @ServerRequestFilter(preMatching = true)
    void assumeJson(ContainerRequestContext request) {
        if (request.getMediaType() == null && request.hasEntity() && (request.getUriInfo().getPath().startsWith("/api/") || request.getUriInfo().getPath().startsWith("/external/"))) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
