package dev.devices.adapter.persistence.jpa;

import dev.devices.application.port.out.TagPort;
import dev.devices.domain.error.Conflict;
import dev.devices.domain.tag.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
class TagPersistenceAdapter implements TagPort {

    @Override
    public Tag createTag(int orgId, String name, String color) {
        TagEntity entity = new TagEntity();
        entity.orgId = orgId;
        entity.name = name;
        entity.color = color;
        return ConstraintViolations.translate(() -> {
            entity.persistAndFlush();
            return toDomain(entity);
        }, () -> new Conflict("The organization already has a tag with this name."));
    }

    @Override
    public List<Tag> listTags(Collection<Integer> orgIds) {
        return TagEntity.<TagEntity>list("orgId in ?1 order by id", orgIds).stream()
                .map(TagPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<Tag> loadTags(Collection<Integer> tagIds) {
        if (tagIds.isEmpty()) {
            return List.of();
        }
        return TagEntity.<TagEntity>list("id in ?1 order by id", tagIds).stream().map(TagPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<Tag> deviceTags(int deviceId) {
        return TagEntity.getEntityManager().createQuery(
                        "select t from TagEntity t, DeviceTagEntity dt where dt.tagId = t.id and dt.deviceId = ?1 order by t.id",
                        TagEntity.class)
                .setParameter(1, deviceId).getResultList().stream().map(TagPersistenceAdapter::toDomain).toList();
    }

    @Override
    public void replaceDeviceTags(int deviceId, Collection<Integer> tagIds) {
        // the device's row lock makes replacements of one device's tags apply one after the other: without
        // it two could each delete the (empty) old set and insert theirs, ten tags or a duplicate key
        DeviceTagEntity.getEntityManager().createNativeQuery("SELECT id FROM device WHERE id = :id FOR UPDATE")
                .setParameter("id", deviceId).getResultList();
        DeviceTagEntity.delete("deviceId", deviceId);
        for (int tagId : tagIds) {
            DeviceTagEntity link = new DeviceTagEntity();
            link.deviceId = deviceId;
            link.tagId = tagId;
            link.persist();
        }
    }

    static Tag toDomain(TagEntity e) {
        return new Tag(e.id, e.orgId, e.name, e.color);
    }
}
