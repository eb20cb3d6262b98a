package dev.devices.adapter.rest;

import dev.devices.adapter.rest.dto.ErrorBody;
import dev.devices.adapter.rest.dto.OAuthClientJson;
import dev.devices.adapter.rest.dto.Requests;
import dev.devices.application.port.in.CreateOAuthClientUseCase;
import dev.devices.application.port.in.CreateOAuthClientUseCase.CreateOAuthClientCommand;
import dev.devices.application.port.in.CurrentCaller;
import dev.devices.application.port.in.ManageOAuthClientUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
@Idempotent
class OAuthClientsResource {

    private final CurrentCaller caller;
    private final CreateOAuthClientUseCase createClient;
    private final ManageOAuthClientUseCase manageClient;

    OAuthClientsResource(CurrentCaller caller, CreateOAuthClientUseCase createClient, ManageOAuthClientUseCase manageClient) {
        this.caller = caller;
        this.createClient = createClient;
        this.manageClient = manageClient;
    }

    @POST
    @Path("/create")
    @AnswersWithSecret
    @Operation(operationId = "createOAuthClient", summary = "Create an OAuth client",
            description = "The secret is in this answer only; the service keeps a slow salted hash of it.")
    @APIResponse(responseCode = "201", description = "Client with its secret",
            content = @Content(schema = @Schema(implementation = OAuthClientJson.class)))
    @APIResponse(responseCode = "400", description = "Missing body or name",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Missing, malformed, expired or wrongly signed token",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "403", description = "The caller may not manage OAuth clients",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Organization not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response create(Requests.CreateOAuthClient body) {
        Bodies.required(body);
        var created = createClient.createClient(new CreateOAuthClientCommand(caller.get(), body.name(), body.orgId(),
                body.platformApiScope()));
        return OrganizationResource.created(OAuthClientJson.of(created.client(), created.secret()));
    }

    @POST
    @Path("/update")
    @Operation(operationId = "updateOAuthClient", summary = "Switch an OAuth client's platform-API scope",
            description = "With the scope off, every /api call of the client's tokens answers 403.")
    @APIResponse(responseCode = "200", description = "The client, without its secret",
            content = @Content(schema = @Schema(implementation = OAuthClientJson.class)))
    @APIResponse(responseCode = "400", description = "Missing body, clientId or platformApiScope",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Missing, malformed, expired or wrongly signed token",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "403", description = "The caller may not manage OAuth clients",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Client not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response update(Requests.UpdateOAuthClient body) {
        Bodies.required(body);
        String clientId = Bodies.field("clientId", body.clientId());
        boolean enabled = Bodies.field("platformApiScope", body.platformApiScope());
        // a Response, as every POST answers: Idempotency-Key replays give the stored answer in its place
        return Response.ok(OAuthClientJson.of(manageClient.setPlatformApiScope(caller.get(), clientId, enabled), null)).build();
    }

    @DELETE
    @Operation(operationId = "deleteOAuthClient", summary = "Delete an OAuth client",
            description = "Its access and refresh tokens stop working at once on the instance that deleted it, within the caller-check TTL (5 s) on the others.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Missing clientId",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Missing, malformed, expired or wrongly signed token",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "403", description = "The caller may not manage OAuth clients",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Client not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response delete(@QueryParam("clientId") String clientId) {
        manageClient.deleteClient(caller.get(), Params.required("clientId", clientId));
        return Response.noContent().build();
    }
}
