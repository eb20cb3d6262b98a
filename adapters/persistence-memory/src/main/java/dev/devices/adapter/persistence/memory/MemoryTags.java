package dev.devices.adapter.persistence.memory;

import dev.devices.application.port.out.TagPort;
import dev.devices.domain.error.Conflict;
import dev.devices.domain.tag.Tag;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

final class MemoryTags implements TagPort {

    private final Store store;

    MemoryTags(Store store) {
        this.store = store;
    }

    @Override
    public Tag createTag(int orgId, String name, String color) {
        return store.apply(s -> {
            if (s.tags.values().stream().anyMatch(t -> t.orgId() == orgId && t.name().equalsIgnoreCase(name))) {
                throw new Conflict("The organization already has a tag with this name.");
            }
            Tag tag = new Tag(s.nextInt(), orgId, name, color);
            s.tags.put(tag.id(), tag);
            return tag;
        });
    }

    @Override
    public List<Tag> listTags(Collection<Integer> orgIds) {
        return store.apply(s -> s.tags.values().stream().filter(t -> orgIds.contains(t.orgId())).toList());
    }

    @Override
    public List<Tag> loadTags(Collection<Integer> tagIds) {
        return store.apply(s -> tagIds.stream().distinct().sorted().map(s.tags::get).filter(Objects::nonNull).toList());
    }

    @Override
    public List<Tag> deviceTags(int deviceId) {
        return store.apply(s -> s.deviceTags.getOrDefault(deviceId, new TreeSet<>()).stream().map(s.tags::get)
                .filter(Objects::nonNull).toList());
    }

    @Override
    public void replaceDeviceTags(int deviceId, Collection<Integer> tagIds) {
        store.accept(s -> s.deviceTags.put(deviceId, new TreeSet<>(tagIds)));
    }
}
