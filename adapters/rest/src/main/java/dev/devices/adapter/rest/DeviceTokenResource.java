package dev.devices.adapter.rest;

import dev.devices.adapter.rest.dto.DeviceRequests;
import dev.devices.adapter.rest.dto.ErrorBody;
import dev.devices.application.port.in.CurrentCaller;
import dev.devices.application.port.in.RotateDeviceTokenUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

/** A device's token rotation (beyond.md §4). */
@Path("/api/v1/organization")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Devices")
@Idempotent
class DeviceTokenResource {

    private final CurrentCaller caller;
    private final RotateDeviceTokenUseCase rotateToken;
    private final ConditionalWrites conditional;

    DeviceTokenResource(CurrentCaller caller, RotateDeviceTokenUseCase rotateToken, ConditionalWrites conditional) {
        this.caller = caller;
        this.rotateToken = rotateToken;
        this.conditional = conditional;
    }

    @POST
    @Path("/device/token/rotate")
    @Operation(operationId = "rotateDeviceToken", summary = "Give the device a new token",
            description = "The old token keeps working on the device side (HTTP and MQTT) for overlapSeconds"
                    + " (0..86400, default 0: it stops at once), and never after.")
    @APIResponse(responseCode = "200", description = "The new token, and until when the old one works",
            content = @Content(schema = @Schema(implementation = DeviceRequests.RotatedToken.class)))
    @APIResponse(responseCode = "400", description = "Invalid device ID, missing body or overlapSeconds out of range",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Missing, malformed, expired or wrongly signed token",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "403", description = "Not allowed to edit the device",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Device not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "412", description = DevicesResource.PRECONDITION_FAILED_DOC,
            content = @Content(schema = @Schema(implementation = ErrorBody.class)),
            headers = @Header(name = "ETag", description = DevicesResource.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public Response rotate(@Parameter(description = DevicesResource.IF_MATCH_DOC) @HeaderParam(DeviceETags.IF_MATCH) String ifMatch,
                           DeviceRequests.RotateToken body) {
        Bodies.required(body);
        int deviceId = Bodies.deviceId(body.deviceId());
        int overlap = body.overlapSeconds() == null ? 0 : body.overlapSeconds();
        return conditional.write(ifMatch, deviceId, () -> {
            var rotated = rotateToken.rotateToken(caller.get(), deviceId, overlap);
            // a secret: no cache keeps it
            return Response.ok(new DeviceRequests.RotatedToken(rotated.token().value(), rotated.previousTokenValidUntil()))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        });
    }
}
