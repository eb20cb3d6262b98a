package dev.devices.adapter.rest;

import dev.devices.adapter.rest.dto.ErrorBody;
import dev.devices.adapter.rest.dto.ExpandedDeviceJson;
import dev.devices.adapter.rest.dto.PageJson;
import dev.devices.application.port.in.CurrentCaller;
import dev.devices.application.port.in.ListDevicesUseCase.ListDevicesQuery;
import dev.devices.application.port.in.ListExpandedDevicesUseCase;
import dev.devices.application.port.in.ListExpandedDevicesUseCase.Expansion;
import dev.devices.domain.error.InvalidInput;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** D2: the device list with field expansion. */
@Path("/api/v2/organization/devices")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Devices")
class DevicesV2Resource {

    private final CurrentCaller caller;
    private final ListExpandedDevicesUseCase listExpanded;

    DevicesV2Resource(CurrentCaller caller, ListExpandedDevicesUseCase listExpanded) {
        this.caller = caller;
        this.listExpanded = listExpanded;
    }

    @GET
    @Operation(operationId = "listDevicesV2", summary = "D2: list devices with expanded fields",
            description = "As D1; include=hardwareInfo,dataStreamValues,metaFieldValues adds those fields to every device.")
    @APIResponse(responseCode = "200", description = "Page of devices",
            content = @Content(schema = @Schema(implementation = ExpandedPage.class)))
    @APIResponse(responseCode = "400", description = "Bad orgId, page, size or include",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Missing, malformed, expired or wrongly signed token",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Organization not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public PageJson<ExpandedDeviceJson> list(@QueryParam("orgId") String orgId,
                                             @QueryParam("includeSubOrgDevices") String includeSub,
                                             @Parameter(description = "comma list of hardwareInfo, dataStreamValues, metaFieldValues")
                                             @QueryParam("include") String include,
                                             @QueryParam("page") String page, @QueryParam("size") String size) {
        Set<Expansion> expansions = expansions(include);
        var query = new ListDevicesQuery(caller.get(), Params.optionalId("orgId", orgId),
                Params.flag("includeSubOrgDevices", includeSub, false), Params.page(page, size));
        return PageJson.of(listExpanded.listExpandedDevices(query, expansions), d -> ExpandedDeviceJson.of(d, expansions));
    }

    private static Set<Expansion> expansions(String include) {
        Set<Expansion> expansions = EnumSet.noneOf(Expansion.class);
        for (String name : Params.list(include)) {
            try {
                expansions.add(Expansion.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("include",
                        "include must be a comma-separated list of hardwareInfo, dataStreamValues, metaFieldValues.");
            }
        }
        return expansions;
    }

    @Schema(name = "ExpandedDevicePage")
    record ExpandedPage(List<ExpandedDeviceJson> content, long totalElements) {
    }
}
