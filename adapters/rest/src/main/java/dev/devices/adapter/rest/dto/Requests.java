package dev.devices.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies. Every field is optional to Jackson; the resources say which ones are required. */
public final class Requests {

    private Requests() {
    }

    @Schema(name = "UpdateDeviceRequest")
    public record RenameDevice(String name) {
    }

    /** {@code templateId} is a {@code TMPL…} string id or the numeric id; {@code onwerId} is Blynk's misspelt alias. */
    @Schema(name = "CreateDeviceRequest")
    public record CreateDevice(
            @Schema(description = "TMPL… string id or numeric template id", oneOf = {String.class, Integer.class})
            Object templateId,
            Integer orgId, String name, Long ownerId,
            @Schema(hidden = true) Long onwerId) {
    }

    @Schema(name = "CreateOrganizationRequest")
    public record CreateOrganization(String name, String description, String tz, Integer parentOrganizationId) {
    }

    @Schema(name = "CreateUserRequest")
    public record CreateUser(String email, String name,
                             @Schema(enumeration = {"Admin", "Staff", "User"}) String role,
                             Integer orgId,
                             @Schema(format = "password") String password,
                             @Schema(enumeration = {"Active", "Pending", "Inactive"}) String status) {
        @Override
        public String toString() {
            return "CreateUser[orgId=" + orgId + "]";
        }
    }

    @Schema(name = "CreateTemplateRequest")
    public record CreateTemplate(String name, Integer orgId, Integer parentId, List<Event> events,
                                 List<MetaField> metaFields, List<DataStream> dataStreams, Integer heartbeatSeconds) {
    }

    @Schema(name = "TemplateEventRequest")
    public record Event(String name, String eventCode, String type) {
    }

    @Schema(name = "TemplateMetaFieldRequest")
    public record MetaField(String name, String type, @JsonProperty("isMandatory") Boolean isMandatory,
                            @JsonProperty("includeInProvision") Boolean includeInProvision, Double min, Double max,
                            List<String> options) {
    }

    /** {@code pin} is {@code "v1"}, or Blynk's own shape: the number {@code 1} with {@code pinType "VIRTUAL"}. */
    @Schema(name = "TemplateDataStreamRequest")
    public record DataStream(String label, String alias,
                             @Schema(description = "\"v1\", or the pin number with pinType VIRTUAL",
                                     oneOf = {String.class, Integer.class}) Object pin,
                             @Schema(description = "VIRTUAL (the only kind); with a numeric pin",
                                     enumeration = {"VIRTUAL"}) String pinType,
                             String type, Double min, Double max) {
    }

    @Schema(name = "CreateOAuthClientRequest")
    public record CreateOAuthClient(String name, Integer orgId,
                                    @Schema(description = "access to /api; default true") Boolean platformApiScope) {
    }

    @Schema(name = "UpdateOAuthClientRequest")
    public record UpdateOAuthClient(String clientId, Boolean platformApiScope) {
    }
}
