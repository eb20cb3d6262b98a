package dev.devices.adapter.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rules for every query parameter of the platform API, before any resource sees them:
 * one value each ({@code ?deviceId=1&deviceId=2} is a 400 naming it, rather than silently using one
 * value that a proxy in between could read differently), and no NUL character, which PostgreSQL text
 * cannot hold. The device API has its own rules (device-http's {@code DeviceRequestRules}).
 */
class QueryParameters {

    @ServerRequestFilter(preMatching = true)
    Response refuse(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return null;
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = parameter.getKey().replace("\0", "");
            if (parameter.getValue().size() > 1) {
                return ErrorMapper.error(400, "Parameter '" + name + "' must be sent once.");
            }
            if (parameter.getKey().indexOf('\0') >= 0 || parameter.getValue().get(0).indexOf('\0') >= 0) {
                return ErrorMapper.error(400, "Parameter '" + name + "' must not contain NUL characters.");
            }
        }
        return null;
    }
}
