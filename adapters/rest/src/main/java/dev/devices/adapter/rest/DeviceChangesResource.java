package dev.devices.adapter.rest;

import dev.devices.adapter.rest.dto.DeviceRequests;
import dev.devices.adapter.rest.dto.ErrorBody;
import dev.devices.application.port.in.ClearDeviceDataUseCase;
import dev.devices.application.port.in.CurrentCaller;
import dev.devices.application.port.in.RemoveOwnerUseCase;
import dev.devices.application.port.in.ResolveEventUseCase;
import dev.devices.application.port.in.ResolveEventUseCase.ResolveEventCommand;
import dev.devices.application.port.in.TransferDeviceToOrganizationUseCase;
import dev.devices.application.port.in.TransferDeviceToOrganizationUseCase.TransferToOrganizationCommand;
import dev.devices.application.port.in.TransferDeviceToOwnerUseCase;
import dev.devices.application.port.in.TransferDeviceToOwnerUseCase.TransferToOwnerCommand;
import dev.devices.application.port.in.TriggerEventUseCase;
import dev.devices.application.port.in.TriggerEventUseCase.TriggerEventCommand;
import dev.devices.application.port.in.UpdateMetaFieldUseCase;
import dev.devices.application.port.in.UpdateMetaFieldUseCase.UpdateMetaFieldCommand;
import dev.devices.domain.error.InvalidInput;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/**
 * Changes to one device that answer 204: transfers (D13, D14, D13b), owner removal (D15), clearing
 * data (D16), events (D17, D18) and a metafield update (D23).
 */
@Path("/api/v1/organization")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Devices")
@APIResponse(responseCode = "204", description = "Done")
@APIResponse(responseCode = "400", description = "Invalid device ID, missing body or field, or a broken rule",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@APIResponse(responseCode = "401", description = "Missing, malformed, expired or wrongly signed token",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@APIResponse(responseCode = "404", description = "Device (or the other thing named) not found or not reachable",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@Idempotent
class DeviceChangesResource {

    private final CurrentCaller caller;
    private final TransferDeviceToOwnerUseCase toOwner;
    private final TransferDeviceToOrganizationUseCase toOrganization;
    private final RemoveOwnerUseCase removeOwner;
    private final ClearDeviceDataUseCase clearData;
    private final TriggerEventUseCase triggerEvent;
    private final ResolveEventUseCase resolveEvent;
    private final UpdateMetaFieldUseCase updateMetaField;
    private final ConditionalWrites conditional;

    DeviceChangesResource(CurrentCaller caller, TransferDeviceToOwnerUseCase toOwner,
                          TransferDeviceToOrganizationUseCase toOrganization, RemoveOwnerUseCase removeOwner,
                          ClearDeviceDataUseCase clearData, TriggerEventUseCase triggerEvent,
                          ResolveEventUseCase resolveEvent, UpdateMetaFieldUseCase updateMetaField,
                          ConditionalWrites conditional) {
        this.caller = caller;
        this.toOwner = toOwner;
        this.toOrganization = toOrganization;
        this.removeOwner = removeOwner;
        this.clearData = clearData;
        this.triggerEvent = triggerEvent;
        this.resolveEvent = resolveEvent;
        this.updateMetaField = updateMetaField;
        this.conditional = conditional;
    }

    @POST
    @Path("/device/transfer/to-owner")
    @Operation(operationId = "transferDeviceToOwner", summary = "D13: give the device to another user",
            description = "The device moves to the new owner's organization. Same owner is 400 'Can't transfer to the"
                    + " same owner'; an inactive user is 400.")
    @APIResponse(responseCode = "412", description = DevicesResource.PRECONDITION_FAILED_DOC,
            content = @Content(schema = @Schema(implementation = ErrorBody.class)), headers = @Header(name = "ETag", description = DevicesResource.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public Response transferToOwner(@Parameter(description = DevicesResource.IF_MATCH_DOC) @HeaderParam(DeviceETags.IF_MATCH) String ifMatch, DeviceRequests.TransferToOwner body) {
        Bodies.required(body);
        int deviceId = Bodies.deviceId(body.deviceId());
        long newUserId = Bodies.field("newUserId", body.newUserId());
        return conditional.write(ifMatch, deviceId,
                () -> toOwner.transferToOwner(new TransferToOwnerCommand(caller.get(), deviceId, newUserId)));
    }

    @POST
    @Path("/device/transfer/to-organization")
    @Operation(operationId = "transferDeviceToOrganization", summary = "D14: move the device to another organization",
            description = "The owner stays only if the owner belongs to the destination.")
    @APIResponse(responseCode = "412", description = DevicesResource.PRECONDITION_FAILED_DOC,
            content = @Content(schema = @Schema(implementation = ErrorBody.class)), headers = @Header(name = "ETag", description = DevicesResource.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public Response transferToOrganization(@Parameter(description = DevicesResource.IF_MATCH_DOC) @HeaderParam(DeviceETags.IF_MATCH) String ifMatch, DeviceRequests.TransferToOrganization body) {
        Bodies.required(body);
        int deviceId = Bodies.deviceId(body.deviceId());
        int newOrgId = Bodies.field("newOrgId", body.newOrgId());
        boolean rotate = Boolean.TRUE.equals(body.rotateToken());
        return conditional.write(ifMatch, deviceId, () -> toOrganization.transferToOrganization(
                new TransferToOrganizationCommand(caller.get(), deviceId, newOrgId, rotate)));
    }

    @POST
    @Path("/device/transfer")
    @Operation(operationId = "transferDevice", summary = "D13b: transfer, the older combined form",
            description = "newUserId wins when both newUserId and newOrgId are given.")
    @APIResponse(responseCode = "412", description = DevicesResource.PRECONDITION_FAILED_DOC,
            content = @Content(schema = @Schema(implementation = ErrorBody.class)), headers = @Header(name = "ETag", description = DevicesResource.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public Response transfer(@Parameter(description = DevicesResource.IF_MATCH_DOC) @HeaderParam(DeviceETags.IF_MATCH) String ifMatch, DeviceRequests.Transfer body) {
        Bodies.required(body);
        int deviceId = Bodies.deviceId(body.deviceId());
        boolean rotate = Boolean.TRUE.equals(body.rotateToken());
        if (body.newUserId() != null) {
            return conditional.write(ifMatch, deviceId, () -> toOwner.transferToOwner(
                    new TransferToOwnerCommand(caller.get(), deviceId, body.newUserId(), rotate)));
        }
        if (body.newOrgId() != null) {
            return conditional.write(ifMatch, deviceId, () -> toOrganization.transferToOrganization(
                    new TransferToOrganizationCommand(caller.get(), deviceId, body.newOrgId(), rotate)));
        }
        throw InvalidInput.of("newUserId", "One of 'newUserId' or 'newOrgId' is required.");
    }

    @DELETE
    @Path("/device/owner")
    @Operation(operationId = "removeDeviceOwner", summary = "D15: remove the device's owner")
    @APIResponse(responseCode = "412", description = DevicesResource.PRECONDITION_FAILED_DOC,
            content = @Content(schema = @Schema(implementation = ErrorBody.class)), headers = @Header(name = "ETag", description = DevicesResource.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public Response removeOwnerOf(@QueryParam("deviceId") String deviceId, @Parameter(description = DevicesResource.IF_MATCH_DOC) @HeaderParam(DeviceETags.IF_MATCH) String ifMatch) {
        int id = Params.deviceId(deviceId);
        return conditional.write(ifMatch, id, () -> removeOwner.removeOwner(caller.get(), id));
    }

    @DELETE
    @Path("/device/clear")
    @Operation(operationId = "clearDeviceData", summary = "D16: erase the device's data",
            description = "Erases datastream values and history, timeline, actions log and connection statistics;"
                    + " keeps name, token, organization, owner, template, tags and metafields.")
    @APIResponse(responseCode = "412", description = DevicesResource.PRECONDITION_FAILED_DOC,
            content = @Content(schema = @Schema(implementation = ErrorBody.class)), headers = @Header(name = "ETag", description = DevicesResource.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public Response clear(@QueryParam("deviceId") String deviceId, @Parameter(description = DevicesResource.IF_MATCH_DOC) @HeaderParam(DeviceETags.IF_MATCH) String ifMatch) {
        int id = Params.deviceId(deviceId);
        return conditional.write(ifMatch, id, () -> clearData.clearData(caller.get(), id));
    }

    @POST
    @Path("/device/trigger-event")
    @Operation(operationId = "triggerDeviceEvent", summary = "D17: trigger a template event on the device",
            description = "Unknown code: 404 'Event with provided code is not found.'; eventDescription up to 300"
                    + " characters.")
    public Response trigger(DeviceRequests.TriggerEvent body) {
        Bodies.required(body);
        triggerEvent.triggerEvent(new TriggerEventCommand(caller.get(), Bodies.deviceId(body.deviceId()),
                Bodies.field("eventCode", body.eventCode()), body.eventDescription()));
        return Response.noContent().build();
    }

    @POST
    @Path("/device/resolve-event")
    @Operation(operationId = "resolveDeviceEvent", summary = "D18: resolve a timeline event",
            description = "logEventId is the timeline event's id. Resolving twice keeps the first resolution.")
    public Response resolve(DeviceRequests.ResolveEvent body) {
        Bodies.required(body);
        resolveEvent.resolveEvent(new ResolveEventCommand(caller.get(), Bodies.deviceId(body.deviceId()),
                Bodies.field("logEventId", body.logEventId()), body.comment()));
        return Response.noContent().build();
    }

    @POST
    @Path("/device/metafield")
    @Operation(operationId = "updateDeviceMetaField", summary = "D23: set one metafield of the device",
            description = "newValue is checked against the metafield's type; invalid: 400 'The provided value for"
                    + " metafield is invalid.'; unknown metafield: 404 'Meta field is not found.'. DeviceName renames the"
                    + " device; DeviceOwner is read-only.")
    @APIResponse(responseCode = "412", description = DevicesResource.PRECONDITION_FAILED_DOC,
            content = @Content(schema = @Schema(implementation = ErrorBody.class)), headers = @Header(name = "ETag", description = DevicesResource.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public Response setMetaField(@Parameter(description = DevicesResource.IF_MATCH_DOC) @HeaderParam(DeviceETags.IF_MATCH) String ifMatch, DeviceRequests.UpdateMetaField body) {
        Bodies.required(body);
        int deviceId = Bodies.deviceId(body.deviceId());
        var command = new UpdateMetaFieldCommand(caller.get(), deviceId, Bodies.field("metaFieldId", body.metaFieldId()),
                Bodies.field("newValue", body.newValue()));
        return conditional.write(ifMatch, deviceId, () -> updateMetaField.updateMetaField(command));
    }
}
