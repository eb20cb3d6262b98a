package dev.devices.adapter.rest;

import dev.devices.adapter.rest.dto.ErrorBody;
import dev.devices.adapter.rest.dto.PageJson;
import dev.devices.adapter.rest.dto.Requests;
import dev.devices.adapter.rest.dto.TemplateJson;
import dev.devices.application.port.in.CreateTemplateUseCase;
import dev.devices.application.port.in.CreateTemplateUseCase.CreateTemplateCommand;
import dev.devices.application.port.in.CurrentCaller;
import dev.devices.application.port.in.ListTemplatesUseCase;
import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.template.DataStreamDefinition;
import dev.devices.domain.template.DataStreamType;
import dev.devices.domain.template.MetaFieldDefinition;
import dev.devices.domain.template.MetaFieldType;
import dev.devices.domain.template.Template;
import dev.devices.domain.template.TemplateEvent;
import dev.devices.domain.timeline.EventType;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Templates (contract §7). */
@Path("/api/v1/organization")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Templates")
@APIResponse(responseCode = "401", description = "Missing, malformed, expired or wrongly signed token",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@Idempotent
class TemplatesResource {

    private final CurrentCaller caller;
    private final ListTemplatesUseCase listTemplates;
    private final CreateTemplateUseCase createTemplate;

    TemplatesResource(CurrentCaller caller, ListTemplatesUseCase listTemplates, CreateTemplateUseCase createTemplate) {
        this.caller = caller;
        this.listTemplates = listTemplates;
        this.createTemplate = createTemplate;
    }

    @GET
    @Path("/templates")
    @Operation(operationId = "listTemplates", summary = "Templates of an organization, by id")
    @APIResponse(responseCode = "200", description = "Page of templates",
            content = @Content(schema = @Schema(implementation = TemplatePage.class)))
    @APIResponse(responseCode = "400", description = "Bad orgId, page or size",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Organization not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public PageJson<TemplateJson> list(@QueryParam("orgId") String orgId, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        return PageJson.of(listTemplates.listTemplates(caller.get(), Params.optionalId("orgId", orgId),
                Params.page(page, size)), TemplateJson::of);
    }

    @POST
    @Path("/template/create")
    @Operation(operationId = "createTemplate", summary = "Create a template",
            description = "A TMPL… string id is generated. parentId must be a template usable by the organization"
                    + " (its own or an ancestor's). heartbeatSeconds defaults to 60.")
    @APIResponse(responseCode = "201", description = "Template",
            content = @Content(schema = @Schema(implementation = TemplateJson.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid name, event, metafield or datastream",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "Organization or parent template not found or not reachable",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response create(Requests.CreateTemplate body) {
        Bodies.required(body);
        var command = new CreateTemplateCommand(caller.get(), body.name(), body.orgId(), body.parentId(),
                listOf(body.events()).stream().map(TemplatesResource::event).toList(),
                listOf(body.metaFields()).stream().map(TemplatesResource::metaField).toList(),
                listOf(body.dataStreams()).stream().map(TemplatesResource::dataStream).toList(),
                Objects.requireNonNullElse(body.heartbeatSeconds(), Template.DEFAULT_HEARTBEAT_SECONDS));
        return OrganizationResource.created(TemplateJson.of(createTemplate.createTemplate(command)));
    }

    private static <T> List<T> listOf(List<T> list) {
        if (list == null) {
            return List.of();
        }
        if (list.contains(null)) {
            throw InvalidInput.of("body", "Lists in a template must not contain null.");
        }
        return list;
    }

    private static TemplateEvent event(Requests.Event e) {
        TemplateEvent.check(e.name(), e.eventCode());
        return new TemplateEvent(0, e.name().strip(), e.eventCode(),
                EventType.parse("events.type", Bodies.field("events.type", e.type())));
    }

    private static MetaFieldDefinition metaField(Requests.MetaField m) {
        MetaFieldType type = MetaFieldType.parse("metaFields.type", Bodies.field("metaFields.type", m.type()));
        MetaFieldDefinition.check(m.name(), type, m.min(), m.max(), m.options());
        boolean number = type == MetaFieldType.Number;
        return new MetaFieldDefinition(0, m.name().strip(), type, Boolean.TRUE.equals(m.isMandatory()),
                Boolean.TRUE.equals(m.includeInProvision()), number ? m.min() : null, number ? m.max() : null,
                type == MetaFieldType.List ? m.options() : List.of());
    }

    private static DataStreamDefinition dataStream(Requests.DataStream d) {
        String pin = pin(d.pin(), d.pinType());
        DataStreamDefinition.check(d.label(), d.alias(), pin, d.min(), d.max());
        DataStreamType type = DataStreamType.parse("dataStreams.type", Bodies.field("dataStreams.type", d.type()));
        boolean numeric = type == DataStreamType.Integer || type == DataStreamType.Double;
        return new DataStreamDefinition(0, d.label().strip(), d.alias(), pin, type, numeric ? d.min() : null,
                numeric ? d.max() : null);
    }

    /** {@code "v1"}, or Blynk's {@code 1} with {@code pinType "VIRTUAL"}: both name virtual pin v1. */
    private static String pin(Object pin, String pinType) {
        if (pinType != null && !pinType.equals("VIRTUAL")) {
            throw InvalidInput.of("dataStreams.pinType", "dataStreams.pinType must be VIRTUAL: only virtual pins are supported.");
        }
        if (pin instanceof Integer number) {
            return "v" + number;
        }
        if (pin == null || pin instanceof String) {
            return (String) pin;
        }
        throw InvalidInput.of("dataStreams.pin", DataStreamDefinition.PIN_RULE);
    }

    @Schema(name = "TemplatePage")
    record TemplatePage(List<TemplateJson> content, long totalElements) {
    }
}
