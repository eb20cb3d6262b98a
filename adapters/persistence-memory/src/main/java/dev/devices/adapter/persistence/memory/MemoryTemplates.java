package dev.devices.adapter.persistence.memory;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.out.TemplatePort;
import dev.devices.domain.template.DataStreamDefinition;
import dev.devices.domain.template.MetaFieldDefinition;
import dev.devices.domain.template.Template;
import dev.devices.domain.template.TemplateEvent;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

final class MemoryTemplates implements TemplatePort {

    private final Store store;

    MemoryTemplates(Store store) {
        this.store = store;
    }

    @Override
    public Optional<Template> loadTemplate(int templateId) {
        return store.apply(s -> Optional.ofNullable(s.templates.get(templateId)));
    }

    @Override
    public List<Template> loadTemplates(Collection<Integer> templateIds) {
        return store.apply(s -> templateIds.stream().distinct().sorted().map(s.templates::get).filter(Objects::nonNull).toList());
    }

    @Override
    public Optional<Template> loadTemplateByStringId(String stringId) {
        return store.apply(s -> Optional.ofNullable(s.templateStringIds.get(stringId)).map(s.templates::get));
    }

    @Override
    public Template createTemplate(NewTemplate t) {
        return store.apply(s -> {
            if (s.templateStringIds.containsKey(t.stringId().value())) {
                throw new IllegalStateException("template string id taken");
            }
            int id = s.nextInt();
            Template created = new Template(id, t.orgId(), t.parent() == null ? null : t.parent().id(),
                    t.parent() == null ? id : t.parent().originalId(), t.name(), List.of(t.stringId()),
                    t.events().stream().map(e -> new TemplateEvent(s.nextInt(), e.name(), e.eventCode(), e.type())).toList(),
                    t.metaFields().stream().map(m -> new MetaFieldDefinition(s.nextInt(), m.name(), m.type(), m.isMandatory(),
                            m.includeInProvision(), m.min(), m.max(), m.options())).toList(),
                    t.dataStreams().stream().map(d -> new DataStreamDefinition(s.nextInt(), d.label(), d.alias(), d.pin(),
                            d.type(), d.min(), d.max())).toList(),
                    t.heartbeatSeconds());
            s.templates.put(id, created);
            s.templateStringIds.put(t.stringId().value(), id);
            return created;
        });
    }

    @Override
    public Page<Template> listTemplates(int orgId, PageRequest page) {
        return store.apply(s -> Pages.of(s.templates.values().stream().filter(t -> t.orgId() == orgId).toList(), page));
    }
}
