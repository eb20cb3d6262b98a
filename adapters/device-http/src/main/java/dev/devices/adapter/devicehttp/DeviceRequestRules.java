package dev.devices.adapter.devicehttp;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rules for every request to the device API, before a resource sees it. Query parameters: a pin may
 * come twice (a Location's {@code &v2=30.5&v2=50.4}, lon then lat), any other parameter once, so a
 * proxy in between cannot read a different token than we do; no NUL character, which PostgreSQL text
 * cannot hold. A body without a Content-Type is read as JSON (contract §1).
 */
class DeviceRequestRules {

    private static final String BASE = "/external/";
    private static final int MOST_VALUES_OF_A_PIN = 2;

    @ServerRequestFilter(preMatching = true)
    Response refuse(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith(BASE)) {
            return null;
        }
        if (request.getMediaType() == null && request.hasEntity()) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = parameter.getKey().replace("\0", "");
            List<String> values = parameter.getValue();
            int most = DeviceApiResource.PIN.matcher(name).matches() ? MOST_VALUES_OF_A_PIN : 1;
            if (values.size() > most) {
                return DeviceApiErrors.error(400, most == 1 ? "Parameter '" + name + "' must be sent once."
                        : "Pin '" + name + "' takes at most " + most + " values.");
            }
            if (parameter.getKey().indexOf('\0') >= 0 || values.stream().anyMatch(v -> v.indexOf('\0') >= 0)) {
                return DeviceApiErrors.error(400, "Parameter '" + name + "' must not contain NUL characters.");
            }
        }
        return null;
    }
}
