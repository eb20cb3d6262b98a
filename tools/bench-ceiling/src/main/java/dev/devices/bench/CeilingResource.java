package dev.devices.bench;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The framework ceiling of the benchmarks: HTTP, routing and JWT signature verification, and nothing
 * of this service (no database, no rate limit). Only in builds made with {@code -Dbench.ceiling}.
 */
@Path("/bench/ceiling")
@Authenticated
class CeilingResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String ceiling() {
        return "ok";
    }
}
