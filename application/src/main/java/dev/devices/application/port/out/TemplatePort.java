package dev.devices.application.port.out;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.domain.template.DataStreamDefinition;
import dev.devices.domain.template.MetaFieldDefinition;
import dev.devices.domain.template.Template;
import dev.devices.domain.template.TemplateEvent;
import dev.devices.domain.template.TemplateStringId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Templates with their events, metafields and datastreams. */
public interface TemplatePort {

    Optional<Template> loadTemplate(int templateId);

    List<Template> loadTemplates(Collection<Integer> templateIds);

    Optional<Template> loadTemplateByStringId(String stringId);

    /** Stores a template; ids inside the definitions are ignored and assigned. */
    Template createTemplate(NewTemplate template);

    /** Templates of one organization, by id ascending. */
    Page<Template> listTemplates(int orgId, PageRequest page);

    /** {@code parent} null makes the template its own original. */
    record NewTemplate(int orgId, Template parent, String name, TemplateStringId stringId, List<TemplateEvent> events,
                       List<MetaFieldDefinition> metaFields, List<DataStreamDefinition> dataStreams,
                       int heartbeatSeconds) {
    }
}
