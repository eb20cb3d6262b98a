package dev.devices.domain.template;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What devices are made from. {@code originalId} is the root of the parent chain (itself when it has
 * no parent); {@code heartbeatSeconds} is how long a silent device still counts as connected.
 */
public record Template(int id, int orgId, Integer parentId, int originalId, String name,
                       List<TemplateStringId> stringIds, List<TemplateEvent> events,
                       List<MetaFieldDefinition> metaFields, List<DataStreamDefinition> dataStreams,
                       int heartbeatSeconds) {

    public static final int DEFAULT_HEARTBEAT_SECONDS = 60;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_EVENTS = 100;
    public static final int MAX_META_FIELDS = 100;
    /** One per virtual pin, v0..v255. */
    public static final int MAX_DATA_STREAMS = 256;

    public Template {
        stringIds = List.copyOf(stringIds);
        events = List.copyOf(events);
        metaFields = List.copyOf(metaFields);
        dataStreams = List.copyOf(dataStreams);
    }

    /** The first event of the given type, e.g. the LIFECYCLE event recorded when a device is created. */
    public Optional<TemplateEvent> firstEventOf(dev.devices.domain.timeline.EventType type) {
        return events.stream().filter(e -> e.type() == type).findFirst();
    }

    public Optional<TemplateEvent> eventWithCode(String eventCode) {
        return events.stream().filter(e -> e.eventCode().equals(eventCode)).findFirst();
    }

    public Optional<TemplateEvent> event(Integer eventId) {
        return events.stream().filter(e -> Objects.equals(e.id(), eventId)).findFirst();
    }

    public Optional<MetaFieldDefinition> metaField(int metaFieldId) {
        return metaFields.stream().filter(m -> m.id() == metaFieldId).findFirst();
    }

    public Optional<DataStreamDefinition> dataStream(int dataStreamId) {
        return dataStreams.stream().filter(d -> d.id() == dataStreamId).findFirst();
    }

    public Optional<DataStreamDefinition> dataStreamOnPin(String pin) {
        return dataStreams.stream().filter(d -> d.pin().equals(pin)).findFirst();
    }
}
