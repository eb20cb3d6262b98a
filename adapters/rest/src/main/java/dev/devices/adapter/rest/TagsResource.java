package dev.devices.adapter.rest;

import dev.devices.adapter.rest.dto.DeviceRequests;
import dev.devices.adapter.rest.dto.ErrorBody;
import dev.devices.adapter.rest.dto.TagJson;
import dev.devices.application.port.in.CreateTagUseCase;
import dev.devices.application.port.in.CreateTagUseCase.CreateTagCommand;
import dev.devices.application.port.in.CurrentCaller;
import dev.devices.application.port.in.ListTagsUseCase;
import dev.devices.application.port.in.SetDeviceTagsUseCase;
import dev.devices.application.port.in.SetDeviceTagsUseCase.SetDeviceTagsCommand;
import dev.devices.domain.error.InvalidInput;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tags (contract §7). */
@Path("/api/v1/organization")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tags")
@APIResponse(responseCode = "400", description = "Missing or malformed input",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@APIResponse(responseCode = "401", description = "Missing, malformed, expired or wrongly signed token",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@Idempotent
class TagsResource {

    private final CurrentCaller caller;
    private final ListTagsUseCase listTags;
    private final CreateTagUseCase createTag;
    private final SetDeviceTagsUseCase setDeviceTags;
    private final ConditionalWrites conditional;

    TagsResource(CurrentCaller caller, ListTagsUseCase listTags, CreateTagUseCase createTag,
                 SetDeviceTagsUseCase setDeviceTags, ConditionalWrites conditional) {
        this.caller = caller;
        this.listTags = listTags;
        this.createTag = createTag;
        this.setDeviceTags = setDeviceTags;
        this.conditional = conditional;
    }

    @GET
    @Path("/tags")
    @Operation(operationId = "listTags", summary = "Tags usable in an organization",
            description = "Those created by the organization (default: the token's) and by its ancestors, by id.")
    @APIResponse(responseCode = "200", description = "Tags",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TagJson.class)))
    @APIResponse(responseCode = "404", description = "Organization not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public List<TagJson> list(@QueryParam("orgId") String orgId) {
        return listTags.listTags(caller.get(), Params.optionalId("orgId", orgId)).stream().map(TagJson::of).toList();
    }

    @POST
    @Path("/tag/create")
    @Operation(operationId = "createTag", summary = "Create a tag in the token's organization")
    @APIResponse(responseCode = "201", description = "Tag", content = @Content(schema = @Schema(implementation = TagJson.class)))
    @APIResponse(responseCode = "409", description = "The organization has a tag of that name",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response create(DeviceRequests.CreateTag body) {
        Bodies.required(body);
        var tag = createTag.createTag(new CreateTagCommand(caller.get(), body.name(), body.color()));
        return OrganizationResource.created(TagJson.of(tag));
    }

    @POST
    @Path("/device/tags")
    @Operation(operationId = "setDeviceTags", summary = "Replace the device's tags (at most 5)",
            description = "Each tag must be usable in the device's organization.")
    @APIResponse(responseCode = "204", description = "Replaced")
    @APIResponse(responseCode = "404", description = "Device or tag not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "412", description = DevicesResource.PRECONDITION_FAILED_DOC,
            content = @Content(schema = @Schema(implementation = ErrorBody.class)), headers = @Header(name = "ETag", description = DevicesResource.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public Response setDeviceTags(@Parameter(description = DevicesResource.IF_MATCH_DOC) @HeaderParam(DeviceETags.IF_MATCH) String ifMatch, DeviceRequests.SetDeviceTags body) {
        Bodies.required(body);
        List<Integer> tagIds = Bodies.field("tagIds", body.tagIds());
        if (tagIds.contains(null)) {
            throw InvalidInput.of("tagIds", "tagIds must be a list of tag ids.");
        }
        int deviceId = Bodies.deviceId(body.deviceId());
        var command = new SetDeviceTagsCommand(caller.get(), deviceId, new LinkedHashSet<>(tagIds));
        return conditional.write(ifMatch, deviceId, () -> setDeviceTags.setDeviceTags(command));
    }
}
