package dev.devices.adapter.rest;

import dev.devices.adapter.rest.dto.DeviceJson;
import dev.devices.adapter.rest.dto.ErrorBody;
import dev.devices.adapter.rest.dto.PageJson;
import dev.devices.adapter.rest.dto.RecentlyActivatedJson;
import dev.devices.application.port.in.CurrentCaller;
import dev.devices.application.port.in.DevicesByOwnerUseCase;
import dev.devices.application.port.in.DevicesOfUserOrganizationUseCase;
import dev.devices.application.port.in.RecentlyActivatedUseCase;
import dev.devices.application.port.in.RecentlyActivatedUseCase.Minutes;
import dev.devices.application.port.in.SearchDevicesUseCase;
import dev.devices.application.port.in.SearchDevicesUseCase.SearchDevicesQuery;
import dev.devices.domain.device.DeviceSort;
import dev.devices.domain.user.Email;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Finding devices: D3 search, D19 by owner, D20 by a user's organization, D21 recently activated. */
@Path("/api/v1/organization")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Devices")
@APIResponse(responseCode = "400", description = "A parameter is missing or malformed; the message names it",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@APIResponse(responseCode = "401", description = "Missing, malformed, expired or wrongly signed token",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
class DeviceQueriesResource {

    private final CurrentCaller caller;
    private final SearchDevicesUseCase search;
    private final DevicesByOwnerUseCase byOwner;
    private final DevicesOfUserOrganizationUseCase byUserOrganization;
    private final RecentlyActivatedUseCase recentlyActivated;

    DeviceQueriesResource(CurrentCaller caller, SearchDevicesUseCase search, DevicesByOwnerUseCase byOwner,
                          DevicesOfUserOrganizationUseCase byUserOrganization, RecentlyActivatedUseCase recentlyActivated) {
        this.caller = caller;
        this.search = search;
        this.byOwner = byOwner;
        this.byUserOrganization = byUserOrganization;
        this.recentlyActivated = recentlyActivated;
    }

    @GET
    @Path("/search/devices")
    @Operation(operationId = "searchDevices", summary = "D3: search devices",
            description = "Case-insensitive substring of name, token, owner email or template name, or the exact id"
                    + " for a number; within the token's organization and its descendants. Ties by id.")
    @APIResponse(responseCode = "200", description = "Page of devices",
            content = @Content(schema = @Schema(implementation = DevicesResource.DevicePage.class)))
    public PageJson<DeviceJson> search(@Parameter(description = "1..255 characters") @QueryParam("query") String query,
                                       @Parameter(description = "a Blynk column label ('Device Id', 'Name', 'Auth Token', ...) or a field name (id, name, ...)")
                                       @QueryParam("sortBy") String sortBy,
                                       @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"ASC", "DESC"}))
                                       @QueryParam("sortOrder") String sortOrder,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        var q = new SearchDevicesQuery(caller.get(), query, DeviceSort.parse(sortBy), DeviceSort.parseDescending(sortOrder),
                Params.page(page, size));
        return PageJson.of(search.searchDevices(q), DeviceJson::of);
    }

    @GET
    @Path("/device/by-owner")
    @Operation(operationId = "devicesByOwner", summary = "D19: devices by their owner's email",
            description = "Within orgId (default: the token's organization) and its descendants. An unknown email is an empty page.")
    @APIResponse(responseCode = "200", description = "Page of devices",
            content = @Content(schema = @Schema(implementation = DevicesResource.DevicePage.class)))
    @APIResponse(responseCode = "404", description = "Organization not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public PageJson<DeviceJson> byOwner(@QueryParam("ownerEmail") String ownerEmail, @QueryParam("orgId") String orgId,
                                        @QueryParam("page") String page, @QueryParam("size") String size) {
        Email email = Email.of("ownerEmail", Params.required("ownerEmail", ownerEmail));
        return PageJson.of(byOwner.devicesByOwner(caller.get(), email, Params.optionalId("orgId", orgId),
                Params.page(page, size)), DeviceJson::of);
    }

    @GET
    @Path("/device/by-user-org")
    @Operation(operationId = "devicesByUserOrganization", summary = "D20: devices of the organization a user belongs to")
    @APIResponse(responseCode = "200", description = "Page of devices",
            content = @Content(schema = @Schema(implementation = DevicesResource.DevicePage.class)))
    @APIResponse(responseCode = "404", description = "User not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public PageJson<DeviceJson> byUserOrganization(@QueryParam("userEmail") String userEmail,
                                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        Email email = Email.of("userEmail", Params.required("userEmail", userEmail));
        return PageJson.of(byUserOrganization.devicesOfUserOrganization(caller.get(), email, Params.page(page, size)), DeviceJson::of);
    }

    @GET
    @Path("/device/last-activated")
    @Operation(operationId = "recentlyActivatedDevices", summary = "D21: devices activated in the last minutes",
            description = "Only the organization itself (orgId, default the token's), not its descendants; newest first,"
                    + " at most 1000.")
    @APIResponse(responseCode = "200", description = "Recently activated devices",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RecentlyActivatedJson.class)))
    @APIResponse(responseCode = "404", description = "Organization not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public List<RecentlyActivatedJson> lastActivated(@QueryParam("orgId") String orgId,
                                                     @Parameter(description = "1..60, default 5") @QueryParam("minutes") String minutes) {
        Minutes window = new Minutes(Objects.requireNonNullElse(Params.integer("minutes", minutes), 5));
        return recentlyActivated.recentlyActivated(caller.get(), Params.optionalId("orgId", orgId), window).stream()
                .map(RecentlyActivatedJson::of).toList();
    }
}
