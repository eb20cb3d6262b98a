package dev.devices.application.port.in;

import dev.devices.domain.access.Caller;
import dev.devices.domain.error.InvalidInput;
import dev.devices.domain.template.DataStreamDefinition;
import dev.devices.domain.template.MetaFieldDefinition;
import dev.devices.domain.template.Template;
import dev.devices.domain.template.TemplateEvent;
import dev.devices.domain.text.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** Creates a template, with a generated {@code TMPL…} string id, in an organization the caller reaches. */
public interface CreateTemplateUseCase {

    Template createTemplate(CreateTemplateCommand command);

    /** Ids inside the definitions are ignored. {@code orgId} null means the caller's organization. */
    record CreateTemplateCommand(Caller caller, String name, Integer orgId, Integer parentId, List<TemplateEvent> events,
                                 List<MetaFieldDefinition> metaFields, List<DataStreamDefinition> dataStreams,
                                 int heartbeatSeconds) {
        public static final int MAX_HEARTBEAT_SECONDS = 86_400;

        public CreateTemplateCommand {
            Objects.requireNonNull(caller);
            Text.name("name", name, Template.MAX_NAME_LENGTH);
            events = bounded("events", events, Template.MAX_EVENTS);
            metaFields = bounded("metaFields", metaFields, Template.MAX_META_FIELDS);
            dataStreams = bounded("dataStreams", dataStreams, Template.MAX_DATA_STREAMS);
            if (heartbeatSeconds < 1 || heartbeatSeconds > MAX_HEARTBEAT_SECONDS) {
                throw InvalidInput.of("heartbeatSeconds", "heartbeatSeconds must be between 1 and " + MAX_HEARTBEAT_SECONDS + ".");
            }
            requireUnique("events.eventCode", events.stream().map(TemplateEvent::eventCode).toList());
            requireUnique("dataStreams.pin", dataStreams.stream().map(DataStreamDefinition::pin).toList());
        }

        private static <T> List<T> bounded(String field, List<T> values, int max) {
            if (values.size() > max) {
                throw InvalidInput.of(field, "A template may declare up to " + max + " " + field + ".");
            }
            return List.copyOf(values);
        }

        private static void requireUnique(String field, List<String> values) {
            if (new HashSet<>(values).size() != values.size()) {
                throw InvalidInput.of(field, field + " must be unique within a template.");
            }
        }
    }
}
