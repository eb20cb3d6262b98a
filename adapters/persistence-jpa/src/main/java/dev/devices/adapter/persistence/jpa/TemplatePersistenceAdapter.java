package dev.devices.adapter.persistence.jpa;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.domain.template.DataStreamDefinition;
import dev.devices.domain.template.DataStreamType;
import dev.devices.domain.template.MetaFieldDefinition;
import dev.devices.domain.template.MetaFieldType;
import dev.devices.domain.template.Template;
import dev.devices.domain.template.TemplateEvent;
import dev.devices.domain.template.TemplateStringId;
import dev.devices.domain.timeline.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
class TemplatePersistenceAdapter implements TemplatePort {

    /** Every device call needs its template, and templates never change: each is read once per instance. */
    private final ReadOnce<Template> byId = new ReadOnce<>(id -> TemplateEntity.<TemplateEntity>findByIdOptional(id)
            .map(e -> withChildren(List.of(e)).get(0)));
    private final Clock clock;

    TemplatePersistenceAdapter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Template> loadTemplate(int templateId) {
        return byId.get(templateId);
    }

    @Override
    public List<Template> loadTemplates(Collection<Integer> templateIds) {
        if (templateIds.isEmpty()) {
            return List.of();
        }
        return withChildren(TemplateEntity.<TemplateEntity>list("id in ?1 order by id", templateIds));
    }

    @Override
    public Optional<Template> loadTemplateByStringId(String stringId) {
        return TemplateStringIdEntity.<TemplateStringIdEntity>findByIdOptional(stringId)
                .flatMap(s -> loadTemplate(s.templateId));
    }

    @Override
    public Template createTemplate(NewTemplate template) {
        TemplateEntity entity = new TemplateEntity();
        entity.orgId = template.orgId();
        entity.parentId = template.parent() == null ? null : template.parent().id();
        entity.originalId = template.parent() == null ? null : template.parent().originalId();
        entity.name = template.name();
        entity.heartbeatSeconds = template.heartbeatSeconds();
        entity.createdAt = clock.millis();
        entity.persistAndFlush();

        TemplateStringIdEntity stringId = new TemplateStringIdEntity();
        stringId.stringId = template.stringId().value();
        stringId.templateId = entity.id;
        stringId.persist();
        for (TemplateEvent event : template.events()) {
            TemplateEventEntity e = new TemplateEventEntity();
            e.templateId = entity.id;
            e.name = event.name();
            e.eventCode = event.eventCode();
            e.type = event.type().name();
            e.persist();
        }
        for (MetaFieldDefinition field : template.metaFields()) {
            TemplateMetaFieldEntity m = new TemplateMetaFieldEntity();
            m.templateId = entity.id;
            m.name = field.name();
            m.type = field.type().name();
            m.isMandatory = field.isMandatory();
            m.includeInProvision = field.includeInProvision();
            m.minValue = field.min();
            m.maxValue = field.max();
            m.options = field.options().isEmpty() ? null : field.options();
            m.persist();
        }
        for (DataStreamDefinition stream : template.dataStreams()) {
            TemplateDataStreamEntity d = new TemplateDataStreamEntity();
            d.templateId = entity.id;
            d.label = stream.label();
            d.alias = stream.alias();
            d.pin = stream.pin();
            d.type = stream.type().name();
            d.minValue = stream.min();
            d.maxValue = stream.max();
            d.persist();
        }
        TemplateEntity.flush();
        return withChildren(List.of(entity)).get(0);
    }

    @Override
    public Page<Template> listTemplates(int orgId, PageRequest page) {
        Page<TemplateEntity> entities = Paging.page(TemplateEntity.<TemplateEntity>find("orgId = ?1 order by id", orgId),
                page, Function.identity());
        return new Page<>(withChildren(entities.content()), entities.totalElements());
    }

    /** Maps templates with their string ids, events, metafields and datastreams: four queries for any number. */
    private static List<Template> withChildren(List<TemplateEntity> templates) {
        if (templates.isEmpty()) {
            return List.of();
        }
        Collection<Integer> ids = templates.stream().map(t -> t.id).toList();
        Map<Integer, List<TemplateStringIdEntity>> stringIds = TemplateStringIdEntity
                .<TemplateStringIdEntity>list("templateId in ?1 order by stringId", ids).stream()
                .collect(Collectors.groupingBy(s -> s.templateId));
        Map<Integer, List<TemplateEventEntity>> events = TemplateEventEntity
                .<TemplateEventEntity>list("templateId in ?1 order by id", ids).stream()
                .collect(Collectors.groupingBy(e -> e.templateId));
        Map<Integer, List<TemplateMetaFieldEntity>> metaFields = TemplateMetaFieldEntity
                .<TemplateMetaFieldEntity>list("templateId in ?1 order by id", ids).stream()
                .collect(Collectors.groupingBy(m -> m.templateId));
        Map<Integer, List<TemplateDataStreamEntity>> dataStreams = TemplateDataStreamEntity
                .<TemplateDataStreamEntity>list("templateId in ?1 order by id", ids).stream()
                .collect(Collectors.groupingBy(d -> d.templateId));
        return templates.stream().map(t -> new Template(t.id, t.orgId, t.parentId,
                t.originalId == null ? t.id : t.originalId, t.name,
                stringIds.getOrDefault(t.id, List.of()).stream().map(s -> new TemplateStringId(s.stringId)).toList(),
                events.getOrDefault(t.id, List.of()).stream()
                        .map(e -> new TemplateEvent(e.id, e.name, e.eventCode, EventType.valueOf(e.type))).toList(),
                metaFields.getOrDefault(t.id, List.of()).stream()
                        .map(m -> new MetaFieldDefinition(m.id, m.name, MetaFieldType.valueOf(m.type), m.isMandatory,
                                m.includeInProvision, m.minValue, m.maxValue, m.options)).toList(),
                dataStreams.getOrDefault(t.id, List.of()).stream()
                        .map(d -> new DataStreamDefinition(d.id, d.label, d.alias, d.pin, DataStreamType.valueOf(d.type),
                                d.minValue, d.maxValue)).toList(),
                t.heartbeatSeconds)).toList();
    }
}
