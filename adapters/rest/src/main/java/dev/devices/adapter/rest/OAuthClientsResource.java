package dev.devices.adapter.rest;

import dev.devices.adapter.rest.dto.ErrorBody;
import dev.devices.adapter.rest.dto.OAuthClientJson;
import dev.devices.adapter.rest.dto.Requests;
import dev.devices.application.port.in.CreateOAuthClientUseCase;
import dev.devices.application.port.in.CreateOAuthClientUseCase.CreateOAuthClientCommand;
import dev.devices.application.port.in.CurrentCaller;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** OAuth clients (contract §7). */
@Path("/api/v1/organization/oauth/clients")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "OAuth clients")
class OAuthClientsResource {

    private final CurrentCaller caller;
    private final CreateOAuthClientUseCase createClient;

    OAuthClientsResource(CurrentCaller caller, CreateOAuthClientUseCase createClient) {
        this.caller = caller;
        this.createClient = createClient;
    }

    @POST
    @Path("/create")
    @Operation(operationId = "createOAuthClient", summary = "Create an OAuth client",
            description = "The secret is in this answer only; the service keeps a slow salted hash of it.")
    @APIResponse(responseCode = "201", description = "Client with its secret",
            content = @Content(schema = @Schema(implementation = OAuthClientJson.class)))
    @APIResponse(responseCode = "400", description = "Missing body or name",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Missing, malformed, expired or wrongly signed token",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Organization not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response create(Requests.CreateOAuthClient body) {
        Bodies.required(body);
        var created = createClient.createClient(new CreateOAuthClientCommand(caller.get(), body.name(), body.orgId()));
        return OrganizationResource.created(new OAuthClientJson(created.client().orgId(), created.client().name(),
                created.client().clientId(), created.secret()));
    }
}
