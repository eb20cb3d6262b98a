package dev.devices.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.devices.domain.template.Template;
import dev.devices.domain.template.TemplateStringId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A template: Blynk's {@code {id, templateIds, parentId, orgId, name}} plus what it declares, with the
 * ids that the device calls refer to.
 */
@Schema(name = "Template")
public record TemplateJson(int id, List<String> templateIds, Integer parentId, int orgId, String name,
                           int heartbeatSeconds, List<EventJson> events, List<MetaFieldJson> metaFields,
                           List<DataStreamJson> dataStreams) {

    public static TemplateJson of(Template t) {
        return new TemplateJson(t.id(), t.stringIds().stream().map(TemplateStringId::value).toList(), t.parentId(),
                t.orgId(), t.name(), t.heartbeatSeconds(),
                t.events().stream().map(e -> new EventJson(e.id(), e.name(), e.eventCode(), e.type().name())).toList(),
                t.metaFields().stream().map(m -> new MetaFieldJson(m.id(), m.name(), m.type().name(), m.isMandatory(),
                        m.includeInProvision(), m.min(), m.max(), m.options().isEmpty() ? null : m.options())).toList(),
                t.dataStreams().stream().map(d -> new DataStreamJson(d.id(), d.label(), d.alias(), d.pin(),
                        d.type().name(), d.min(), d.max())).toList());
    }

    @Schema(name = "TemplateEvent")
    public record EventJson(int id, String name, String eventCode, String type) {
    }

    @Schema(name = "TemplateMetaField")
    public record MetaFieldJson(int id, String name, String type, @JsonProperty("isMandatory") boolean isMandatory,
                                @JsonProperty("includeInProvision") boolean includeInProvision, Double min, Double max,
                                List<String> options) {
    }

    @Schema(name = "TemplateDataStream")
    public record DataStreamJson(int id, String label, String alias, String pin, String type, Double min, Double max) {
    }
}
