package dev.devices.adapter.rest;

import dev.devices.adapter.rest.dto.DeviceDetailJson;
import dev.devices.adapter.rest.dto.ErrorBody;
import dev.devices.adapter.rest.dto.LogEntryJson;
import dev.devices.adapter.rest.dto.PageJson;
import dev.devices.adapter.rest.dto.TagJson;
import dev.devices.adapter.rest.dto.TimelineEventJson;
import dev.devices.application.port.in.CurrentCaller;
import dev.devices.application.port.in.GetActionLogUseCase;
import dev.devices.application.port.in.GetMetadataUseCase;
import dev.devices.application.port.in.GetOnlineStatusUseCase;
import dev.devices.application.port.in.GetTimelineUseCase;
import dev.devices.application.port.in.ListDeviceTagsUseCase;
import dev.devices.domain.timeline.EventType;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One device's state: D9 online, D10 tags, D11 timeline, D12 logs, D22 metadata. */
@Path("/api/v1/organization")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Devices")
@APIResponse(responseCode = "400", description = "Bad request - invalid device ID, or another bad parameter",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@APIResponse(responseCode = "401", description = "Missing, malformed, expired or wrongly signed token",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@APIResponse(responseCode = "404", description = "Device not found or not reachable",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
class DeviceStateResource {

    private final CurrentCaller caller;
    private final GetOnlineStatusUseCase onlineStatus;
    private final ListDeviceTagsUseCase deviceTags;
    private final GetTimelineUseCase timeline;
    private final GetActionLogUseCase actionLog;
    private final GetMetadataUseCase metadata;

    DeviceStateResource(CurrentCaller caller, GetOnlineStatusUseCase onlineStatus, ListDeviceTagsUseCase deviceTags,
                        GetTimelineUseCase timeline, GetActionLogUseCase actionLog, GetMetadataUseCase metadata) {
        this.caller = caller;
        this.onlineStatus = onlineStatus;
        this.deviceTags = deviceTags;
        this.timeline = timeline;
        this.actionLog = actionLog;
        this.metadata = metadata;
    }

    @GET
    @Path("/device/online")
    @Operation(operationId = "deviceOnlineStatus", summary = "D9: whether the device is connected")
    @APIResponse(responseCode = "200", description = "Online status",
            content = @Content(schema = @Schema(implementation = OnlineStatus.class)))
    public OnlineStatus online(@QueryParam("deviceId") String deviceId) {
        return new OnlineStatus(onlineStatus.isOnline(caller.get(), Params.deviceId(deviceId)));
    }

    @GET
    @Path("/device/tags")
    @Operation(operationId = "deviceTags", summary = "D10: the device's tags")
    @APIResponse(responseCode = "200", description = "Tags",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TagJson.OnDevice.class)))
    public List<TagJson.OnDevice> tags(@QueryParam("deviceId") String deviceId) {
        return deviceTags.deviceTags(caller.get(), Params.deviceId(deviceId)).stream().map(TagJson.OnDevice::of).toList();
    }

    @GET
    @Path("/device/timeline")
    @Operation(operationId = "deviceTimeline", summary = "D11: the device's timeline, newest first")
    @APIResponse(responseCode = "200", description = "Page of timeline events",
            content = @Content(schema = @Schema(implementation = TimelinePage.class)))
    public PageJson<TimelineEventJson> timeline(@QueryParam("deviceId") String deviceId,
                                                @QueryParam("eventType") String eventType,
                                                @QueryParam("page") String page, @QueryParam("size") String size) {
        int id = Params.deviceId(deviceId);
        EventType type = eventType == null ? null : EventType.parse("eventType", eventType);
        return PageJson.of(timeline.timeline(caller.get(), id, type, Params.page(page, size)), TimelineEventJson::of);
    }

    @GET
    @Path("/device/logs")
    @Operation(operationId = "deviceLogs", summary = "D12: the device's actions log, newest first")
    @APIResponse(responseCode = "200", description = "Page of log entries",
            content = @Content(schema = @Schema(implementation = LogPage.class)))
    public PageJson<LogEntryJson> logs(@QueryParam("deviceId") String deviceId, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        int id = Params.deviceId(deviceId);
        return PageJson.of(actionLog.actionLog(caller.get(), id, Params.page(page, size)), LogEntryJson::of);
    }

    @GET
    @Path("/device/metafield")
    @Operation(operationId = "deviceMetadata", summary = "D22: the device's metafield values")
    @APIResponse(responseCode = "200", description = "Metafield values",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DeviceDetailJson.MetaFieldValueJson.class)))
    public List<DeviceDetailJson.MetaFieldValueJson> metadata(@QueryParam("deviceId") String deviceId) {
        return metadata.metadata(caller.get(), Params.deviceId(deviceId)).stream()
                .map(DeviceDetailJson.MetaFieldValueJson::of).toList();
    }

    @Schema(name = "OnlineStatus")
    record OnlineStatus(boolean connected) {
    }

    @Schema(name = "TimelinePage")
    record TimelinePage(List<TimelineEventJson> content, long totalElements) {
    }

    @Schema(name = "LogPage")
    record LogPage(List<LogEntryJson> content, long totalElements) {
    }
}
