package dev.devices.adapter.rest;

import dev.devices.adapter.rest.dto.DeviceDetailJson;
import dev.devices.adapter.rest.dto.DeviceJson;
import dev.devices.adapter.rest.dto.ErrorBody;
import dev.devices.adapter.rest.dto.PageJson;
import dev.devices.adapter.rest.dto.Requests;
import dev.devices.application.port.in.CreateDeviceUseCase;
import dev.devices.application.port.in.CreateDeviceUseCase.CreateDeviceCommand;
import dev.devices.application.port.in.CreateDeviceUseCase.TemplateRef;
import dev.devices.application.port.in.CurrentCaller;
import dev.devices.application.port.in.DeleteDeviceUseCase;
import dev.devices.application.port.in.DeviceDetails;
import dev.devices.application.port.in.GetDeviceUseCase;
import dev.devices.application.port.in.ListDevicesUseCase;
import dev.devices.application.port.in.ListDevicesUseCase.ListDevicesQuery;
import dev.devices.application.port.in.RenameDeviceUseCase;
import dev.devices.application.port.in.RenameDeviceUseCase.RenameDeviceCommand;
import dev.devices.domain.device.DeviceName;
import dev.devices.domain.error.InvalidInput;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Devices section of the platform API (contract §3). */
@Path("/api/v1/organization")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Devices")
@APIResponse(responseCode = "401", description = "Missing, malformed, expired or wrongly signed token",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@Idempotent
class DevicesResource {

    static final String IF_MATCH_DOC = "Write only while the device's ETag is one of these (\"*\": any);"
            + " the answer then carries the new ETag. Without it the write is unconditional.";
    static final String IF_NONE_MATCH_DOC = "304 without a body while the device's configuration still has this ETag"
            + " (its telemetry may have moved: the ETag follows the configuration only)";
    static final String ETAG_DOC = "The device's configuration version (name, organization, owner, tags, metafields);"
            + " it does not move with what the device reports";
    static final String PRECONDITION_FAILED_DOC = "If-Match names an older ETag: the ETag header carries the current one";

    private final CurrentCaller caller;
    private final ListDevicesUseCase listDevices;
    private final GetDeviceUseCase getDevice;
    private final RenameDeviceUseCase renameDevice;
    private final DeleteDeviceUseCase deleteDevice;
    private final CreateDeviceUseCase createDevice;
    private final ConditionalWrites conditional;

    DevicesResource(CurrentCaller caller, ListDevicesUseCase listDevices, GetDeviceUseCase getDevice,
                    RenameDeviceUseCase renameDevice, DeleteDeviceUseCase deleteDevice, CreateDeviceUseCase createDevice,
                    ConditionalWrites conditional) {
        this.caller = caller;
        this.listDevices = listDevices;
        this.getDevice = getDevice;
        this.renameDevice = renameDevice;
        this.deleteDevice = deleteDevice;
        this.createDevice = createDevice;
        this.conditional = conditional;
    }

    @GET
    @Path("/devices")
    @Operation(operationId = "listDevices", summary = "D1: list devices in an organization",
            description = "Ordered by id. orgId defaults to the token's organization and must be it or a descendant.")
    @APIResponse(responseCode = "200", description = "Page of devices",
            content = @Content(schema = @Schema(implementation = DevicePage.class)))
    @APIResponse(responseCode = "400", description = "Bad orgId, page or size",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Organization not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public PageJson<DeviceJson> list(@QueryParam("orgId") String orgId,
                                     @Parameter(description = "default false") @QueryParam("includeSubOrgDevices") String includeSub,
                                     @Parameter(description = "0-indexed, default 0") @QueryParam("page") String page,
                                     @Parameter(description = "1..1000, default 50") @QueryParam("size") String size) {
        var query = new ListDevicesQuery(caller.get(), Params.optionalId("orgId", orgId),
                Params.flag("includeSubOrgDevices", includeSub, false), Params.page(page, size));
        return PageJson.of(listDevices.listDevices(query), DeviceJson::of);
    }

    @GET
    @Path("/device")
    @Operation(operationId = "getDevice", summary = "D4: get a device with its details")
    @APIResponse(responseCode = "200", description = "Device detail", headers = @Header(name = "ETag", description = DevicesResource.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DeviceDetailJson.class)))
    @APIResponse(responseCode = "400", description = "Bad request - invalid device ID",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Device not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "304", description = "Unchanged: If-None-Match names the device's current ETag", headers = @Header(name = "ETag", description = DevicesResource.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public Response get(@QueryParam("deviceId") String deviceId,
                        @Parameter(description = IF_NONE_MATCH_DOC) @HeaderParam(DeviceETags.IF_NONE_MATCH) String ifNoneMatch) {
        return details(Params.deviceId(deviceId), DeviceDetails.Depth.FULL, ifNoneMatch);
    }

    @GET
    @Path("/device/baseInfo")
    @Operation(operationId = "getDeviceBaseInfo", summary = "D7: get a device's base info",
            description = "The detail without dataStreamValues and metaFieldValues.")
    @APIResponse(responseCode = "200", description = "Device base info", headers = @Header(name = "ETag", description = DevicesResource.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DeviceDetailJson.class)))
    @APIResponse(responseCode = "400", description = "Bad request - invalid device ID",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Device not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "304", description = "Unchanged: If-None-Match names the device's current ETag", headers = @Header(name = "ETag", description = DevicesResource.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public Response baseInfo(@QueryParam("deviceId") String deviceId,
                             @Parameter(description = IF_NONE_MATCH_DOC) @HeaderParam(DeviceETags.IF_NONE_MATCH) String ifNoneMatch) {
        return details(Params.deviceId(deviceId), DeviceDetails.Depth.BASE_INFO, ifNoneMatch);
    }

    /**
     * The detail with the device's ETag, or 304 when the client's copy has the same configuration.
     * Never stored by caches: a browser would otherwise revalidate on its own and keep showing old
     * telemetry behind 304s (the ETag follows the configuration only).
     */
    private Response details(int deviceId, DeviceDetails.Depth depth, String ifNoneMatch) {
        DeviceDetails details = getDevice.getDevice(caller.get(), deviceId, depth);
        String etag = DeviceETags.of(deviceId, details.device().configVersion());
        Response.ResponseBuilder answer = ifNoneMatch != null
                && !DeviceETags.noneMatchHolds(ifNoneMatch, deviceId, details.device().configVersion())
                ? Response.notModified() : Response.ok(DeviceDetailJson.of(details, depth));
        return answer.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @PUT
    @Path("/device")
    @Operation(operationId = "updateDevice", summary = "D5: rename a device")
    @APIResponse(responseCode = "200", description = "The renamed device", headers = @Header(name = "ETag", description = DevicesResource.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DeviceJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid device ID, missing body or invalid name",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Device not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "Changed concurrently by another request",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "412", description = PRECONDITION_FAILED_DOC,
            content = @Content(schema = @Schema(implementation = ErrorBody.class)), headers = @Header(name = "ETag", description = DevicesResource.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public Response rename(@QueryParam("deviceId") String deviceId,
                           @Parameter(description = IF_MATCH_DOC) @HeaderParam(DeviceETags.IF_MATCH) String ifMatch,
                           Requests.RenameDevice body) {
        int id = Params.deviceId(deviceId);
        DeviceName name = DeviceName.of(Bodies.field("name", Bodies.required(body).name()));
        // the renamed device is at hand: its ETag comes with every rename, conditional or not
        return conditional.write(ifMatch, id, () -> {
            var renamed = renameDevice.renameDevice(new RenameDeviceCommand(caller.get(), id, name));
            return Response.ok(DeviceJson.of(renamed)).header(HttpHeaders.ETAG, DeviceETags.of(id, renamed.configVersion()))
                    .build();
        });
    }

    @DELETE
    @Path("/device")
    @Operation(operationId = "deleteDevice", summary = "D6: delete a device with its data, timeline and logs")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Bad request - invalid device ID",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Device not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "412", description = PRECONDITION_FAILED_DOC,
            content = @Content(schema = @Schema(implementation = ErrorBody.class)), headers = @Header(name = "ETag", description = DevicesResource.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public Response delete(@QueryParam("deviceId") String deviceId,
                           @Parameter(description = IF_MATCH_DOC) @HeaderParam(DeviceETags.IF_MATCH) String ifMatch) {
        int id = Params.deviceId(deviceId);
        return conditional.write(ifMatch, id, () -> deleteDevice.deleteDevice(caller.get(), id));
    }

    @POST
    @Path("/device/create")
    @Operation(operationId = "createDevice", summary = "D8: create a device from a template")
    @APIResponse(responseCode = "201", description = "Device detail (base info when baseInfo=true)", headers = @Header(name = "ETag", description = DevicesResource.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DeviceDetailJson.class)))
    @APIResponse(responseCode = "400", description = "Missing body or field, invalid name, bad templateId type",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Template, organization or owner not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response create(@Parameter(description = "default false") @QueryParam("baseInfo") String baseInfo,
                           Requests.CreateDevice body) {
        DeviceDetails.Depth depth = Params.flag("baseInfo", baseInfo, false)
                ? DeviceDetails.Depth.BASE_INFO : DeviceDetails.Depth.FULL;
        Bodies.required(body);
        TemplateRef template = templateRef(Bodies.field("templateId", body.templateId()));
        DeviceName name = DeviceName.of(Bodies.field("name", body.name()));
        Long owner = body.ownerId() != null ? body.ownerId() : body.onwerId();
        DeviceDetails created = createDevice.createDevice(new CreateDeviceCommand(caller.get(), template,
                body.orgId(), name, owner, depth));
        return Response.status(Response.Status.CREATED).entity(DeviceDetailJson.of(created, depth))
                .header(HttpHeaders.ETAG, DeviceETags.of(created.device().id(), created.device().configVersion())).build();
    }

    /** A {@code TMPL…} string id, or the numeric id as a JSON integer or a string of digits. */
    private static TemplateRef templateRef(Object templateId) {
        if (templateId instanceof String text && !text.isBlank()) {
            return text.matches("\\d{1,9}") ? new TemplateRef.ById(Integer.parseInt(text)) : new TemplateRef.ByStringId(text);
        }
        if (templateId instanceof Integer id) {
            return new TemplateRef.ById(id);
        }
        throw InvalidInput.of("templateId", "Field 'templateId' must be a template string id (TMPL…) or a numeric id.");
    }

    /** OpenAPI only: the page of devices. */
    @Schema(name = "DevicePage")
    record DevicePage(java.util.List<DeviceJson> content, long totalElements) {
    }
}
