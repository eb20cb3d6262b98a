package dev.devices.adapter.rest;

import dev.devices.adapter.rest.dto.ErrorBody;
import dev.devices.adapter.rest.dto.OrganizationJson;
import dev.devices.adapter.rest.dto.PageJson;
import dev.devices.adapter.rest.dto.Requests;
import dev.devices.adapter.rest.dto.UserJson;
import dev.devices.application.port.in.CreateOrganizationUseCase;
import dev.devices.application.port.in.CreateOrganizationUseCase.CreateOrganizationCommand;
import dev.devices.application.port.in.CreateUserUseCase;
import dev.devices.application.port.in.CreateUserUseCase.CreateUserCommand;
import dev.devices.application.port.in.CurrentCaller;
import dev.devices.application.port.in.DeleteUserUseCase;
import dev.devices.application.port.in.GetOrganizationUseCase;
import dev.devices.application.port.in.ListUsersUseCase;
import dev.devices.domain.organization.OrganizationName;
import dev.devices.domain.organization.TimeZoneId;
import dev.devices.domain.user.Email;
import dev.devices.domain.user.Role;
import dev.devices.domain.user.UserStatus;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organizations and their users (contract §7). */
@Path("/api/v1/organization")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations and users")
@APIResponse(responseCode = "401", description = "Missing, malformed, expired or wrongly signed token",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@Idempotent
class OrganizationResource {

    private final CurrentCaller caller;
    private final GetOrganizationUseCase getOrganization;
    private final CreateOrganizationUseCase createOrganization;
    private final ListUsersUseCase listUsers;
    private final CreateUserUseCase createUser;
    private final DeleteUserUseCase deleteUser;

    OrganizationResource(CurrentCaller caller, GetOrganizationUseCase getOrganization,
                         CreateOrganizationUseCase createOrganization, ListUsersUseCase listUsers,
                         CreateUserUseCase createUser, DeleteUserUseCase deleteUser) {
        this.caller = caller;
        this.getOrganization = getOrganization;
        this.createOrganization = createOrganization;
        this.listUsers = listUsers;
        this.createUser = createUser;
        this.deleteUser = deleteUser;
    }

    @GET
    @Operation(operationId = "getOrganization", summary = "An organization (default: the token's own)")
    @APIResponse(responseCode = "200", description = "Organization",
            content = @Content(schema = @Schema(implementation = OrganizationJson.class)))
    @APIResponse(responseCode = "400", description = "orgId is not a positive integer",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Organization not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public OrganizationJson get(@QueryParam("orgId") String orgId) {
        return OrganizationJson.of(getOrganization.getOrganization(caller.get(), Params.optionalId("orgId", orgId)));
    }

    @POST
    @Path("/create")
    @Operation(operationId = "createOrganization", summary = "Create a sub-organization",
            description = "parentOrganizationId defaults to the token's organization; tz defaults to UTC.")
    @APIResponse(responseCode = "201", description = "Organization",
            content = @Content(schema = @Schema(implementation = OrganizationJson.class)))
    @APIResponse(responseCode = "400", description = "Missing body or name, invalid tz",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Parent organization not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response create(Requests.CreateOrganization body) {
        Bodies.required(body);
        var command = new CreateOrganizationCommand(caller.get(), new OrganizationName(body.name()), body.description(),
                TimeZoneId.ofNullable(body.tz()), body.parentOrganizationId());
        return created(OrganizationJson.of(createOrganization.createOrganization(command)));
    }

    @GET
    @Path("/users")
    @Operation(operationId = "listUsers", summary = "Users of an organization, by id")
    @APIResponse(responseCode = "200", description = "Page of users",
            content = @Content(schema = @Schema(implementation = UserPage.class)))
    @APIResponse(responseCode = "400", description = "Bad orgId, page or size",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Organization not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public PageJson<UserJson> users(@QueryParam("orgId") String orgId, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        return PageJson.of(listUsers.listUsers(caller.get(), Params.optionalId("orgId", orgId), Params.page(page, size)),
                UserJson::of);
    }

    @POST
    @Path("/user/create")
    @Operation(operationId = "createUser", summary = "Create a user",
            description = "orgId defaults to the token's organization; status defaults to Active. The password is"
                    + " stored only as a slow salted hash and never returned.")
    @APIResponse(responseCode = "201", description = "User",
            content = @Content(schema = @Schema(implementation = UserJson.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid email, name, role, status or password",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Organization not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "A user with this email exists",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response createUser(Requests.CreateUser body) {
        Bodies.required(body);
        var command = new CreateUserCommand(caller.get(), Email.of("email", Bodies.field("email", body.email())),
                body.name(), Role.parse("role", Bodies.field("role", body.role())), body.orgId(), body.password(),
                body.status() == null ? UserStatus.Active : UserStatus.parse("status", body.status()));
        return created(UserJson.of(createUser.createUser(command)));
    }

    @DELETE
    @Path("/user")
    @Operation(operationId = "deleteUser", summary = "Delete a user",
            description = "Devices the user owned stay, without an owner; the user's tokens stop working at once on the instance that deleted it, within the caller-check TTL (5 s) on the others.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "userId missing or not a positive integer",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Missing, malformed, expired or wrongly signed token",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "403", description = "The caller may not manage users",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "User not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response deleteUser(@QueryParam("userId") String userId) {
        deleteUser.deleteUser(caller.get(), Params.longId("userId", userId));
        return Response.noContent().build();
    }

    static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }

    @Schema(name = "UserPage")
    record UserPage(List<UserJson> content, long totalElements) {
    }
}
