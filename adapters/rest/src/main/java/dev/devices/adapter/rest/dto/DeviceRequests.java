package dev.devices.adapter.rest.dto;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the device operations that carry {@code deviceId} in the body. */
public final class DeviceRequests {

    private DeviceRequests() {
    }

    @Schema(name = "TransferToOwnerRequest")
    public record TransferToOwner(Integer deviceId, Long newUserId) {
    }

    @Schema(name = "TransferToOrganizationRequest")
    public record TransferToOrganization(Integer deviceId, Integer newOrgId,
                                         @Schema(description = ROTATE_TOKEN) Boolean rotateToken) {
    }

    /** The older combined form: {@code newUserId} wins when both are given. */
    @Schema(name = "TransferRequest")
    public record Transfer(Integer deviceId, Long newUserId, Integer newOrgId,
                           @Schema(description = ROTATE_TOKEN) Boolean rotateToken) {
    }

    static final String ROTATE_TOKEN = "Default false. True: the device gets a new token and the old one stops at once,"
            + " so the former organization keeps no write access";

    @Schema(name = "RotateTokenRequest")
    public record RotateToken(Integer deviceId,
                              @Schema(description = "0..86400, default 0: how long the old token keeps working")
                              Integer overlapSeconds) {
    }

    @Schema(name = "RotatedToken", requiredProperties = {"token", "previousTokenValidUntil"})
    public record RotatedToken(String token,
                               @Schema(description = "Epoch ms: the old token works until then, never after")
                               long previousTokenValidUntil) {
    }

    @Schema(name = "TriggerEventRequest")
    public record TriggerEvent(Integer deviceId, String eventCode, String eventDescription) {
    }

    @Schema(name = "ResolveEventRequest")
    public record ResolveEvent(Integer deviceId, Long logEventId, String comment) {
    }

    @Schema(name = "UpdateMetaFieldRequest")
    public record UpdateMetaField(Integer deviceId, Integer metaFieldId,
                                  @Schema(description = "string, number or object, by the metafield's type") Object newValue) {
    }

    @Schema(name = "SetDeviceTagsRequest")
    public record SetDeviceTags(Integer deviceId, List<Integer> tagIds) {
    }

    @Schema(name = "CreateTagRequest")
    public record CreateTag(String name, String color) {
    }

    @Schema(name = "WriteDataStreamRequest")
    public record WriteDataStream(Integer deviceId, Integer dataStreamId,
                                  @Schema(description = "number, string or [lon, lat], by the datastream's type") Object value) {
    }

    @Schema(name = "WriteDataStreamsRequest")
    public record WriteDataStreams(Integer deviceId,
                                   @Schema(description = "values by datastream id") Map<String, Object> values) {
    }
}
