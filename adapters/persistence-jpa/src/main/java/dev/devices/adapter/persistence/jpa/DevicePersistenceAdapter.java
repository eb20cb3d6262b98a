package dev.devices.adapter.persistence.jpa;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.out.DeviceDataPort;
import dev.devices.application.port.out.DeviceQueryPort;
import dev.devices.application.port.out.DeviceQueryPort.DeviceSearch;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.SaveDevicePort;
import dev.devices.domain.access.DeviceVisibility;
import dev.devices.domain.access.Reach;
import dev.devices.domain.device.Connectivity;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceName;
import dev.devices.domain.device.DeviceToken;
import dev.devices.domain.device.HardwareInfo;
import dev.devices.domain.device.NewDevice;
import dev.devices.domain.error.Conflict;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.OrgPath;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.template.DataStreamValue;
import dev.devices.domain.template.MetaFieldType;
import dev.devices.domain.template.MetaFieldValue;
import dev.devices.domain.user.Email;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

@ApplicationScoped
class DevicePersistenceAdapter implements LoadDevicePort, SaveDevicePort, DeviceQueryPort, DeviceDataPort {

    /** Devices whose organization lies in a subtree, given as a path prefix parameter. */
    private static final String IN_SUBTREE = Subtrees.orgIn(1);
    private static final String PREVIOUS_TOKEN = "previousToken = ?1 and previousTokenValidUntil > ?2";
    /** The owner's foreign key: it fails when the owner was deleted after it was loaded. */
    private static final String OWNER_REFERENCE = "device_owner_user_id_fkey";

    @Override
    public Optional<Device> loadDevice(Reach reach, int deviceId) {
        return DeviceEntity.<DeviceEntity>find(IN_SUBTREE + " and id = ?2", reach.path().value() + "%", deviceId)
                .firstResultOptional().map(DevicePersistenceAdapter::toDomain);
    }

    @Override
    public Optional<Device> lockDevice(Reach reach, int deviceId) {
        return DeviceEntity.<DeviceEntity>find(IN_SUBTREE + " and id = ?2", reach.path().value() + "%", deviceId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().map(DevicePersistenceAdapter::toDomain);
    }

    @Override
    public Optional<Device> loadDeviceByToken(DeviceToken token, long now) {
        // the current token first, as nearly every call has it; a previous one only when it matched nothing
        return DeviceEntity.<DeviceEntity>find("token", token.value()).firstResultOptional()
                .or(() -> DeviceEntity.<DeviceEntity>find(PREVIOUS_TOKEN, token.value(), now).firstResultOptional())
                .map(DevicePersistenceAdapter::toDomain);
    }

    @Override
    public Optional<Device> lockDeviceByToken(DeviceToken token, long now) {
        return DeviceEntity.<DeviceEntity>find("token", token.value()).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .or(() -> DeviceEntity.<DeviceEntity>find(PREVIOUS_TOKEN, token.value(), now)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional())
                .map(DevicePersistenceAdapter::toDomain);
    }

    @Override
    public List<Device> lockDueOfflineChecks(long now, int limit) {
        @SuppressWarnings("unchecked")
        List<DeviceEntity> rows = DeviceEntity.getEntityManager().createNativeQuery("""
                        SELECT * FROM device WHERE offline_check_at <= :now
                        ORDER BY offline_check_at LIMIT :limit FOR UPDATE SKIP LOCKED""", DeviceEntity.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        return rows.stream().map(DevicePersistenceAdapter::toDomain).toList();
    }

    @Override
    public Page<Device> listDevices(Organization organization, boolean includeSubOrganizations,
                                    DeviceVisibility visibility, PageRequest page) {
        Object scope = includeSubOrganizations ? organization.path().value() + "%" : organization.id();
        String where = includeSubOrganizations ? IN_SUBTREE : "orgId = ?1";
        if (visibility.isAll()) {
            long total = maintainedCount(organization, includeSubOrganizations);
            if (page.offset() >= total) {
                return new Page<>(List.of(), total);
            }
            return new Page<>(pageOfIds(organization, includeSubOrganizations, page), total);
        }
        return Paging.page(DeviceEntity.<DeviceEntity>find(where + " and ownerUserId = ?2 order by id", scope,
                visibility.ownerUserId()), page, DevicePersistenceAdapter::toDomain);
    }

    /**
     * One page by id, found first in the (org_id, id) index alone and only then fetched: a deep page
     * (offset 250,000) then walks index entries instead of table rows. For one organization the ids
     * are ordered by (org_id, id), the same order, so that PostgreSQL picks that index rather than
     * the primary key with a filter.
     */
    @SuppressWarnings("unchecked")
    private static List<Device> pageOfIds(Organization organization, boolean includeSubOrganizations, PageRequest page) {
        String ids = includeSubOrganizations
                ? "SELECT id FROM device WHERE org_id IN (SELECT o.id FROM organization o WHERE o.path LIKE :scope)"
                        + " ORDER BY id"
                : "SELECT id FROM device WHERE org_id = :scope ORDER BY org_id, id";
        var query = DeviceEntity.getEntityManager().createNativeQuery("SELECT d.* FROM device d WHERE d.id IN ("
                        + ids + " OFFSET :offset LIMIT :size) ORDER BY d.id", DeviceEntity.class)
                .setParameter("scope", includeSubOrganizations ? organization.path().value() + "%" : organization.id())
                .setParameter("offset", page.offset()).setParameter("size", page.size());
        return ((List<DeviceEntity>) query.getResultList()).stream().map(DevicePersistenceAdapter::toDomain).toList();
    }

    /** The devices of an organization (or its subtree) from the counts the schema's triggers keep. */
    private static long maintainedCount(Organization organization, boolean includeSubOrganizations) {
        var em = DeviceEntity.getEntityManager();
        var count = includeSubOrganizations
                ? em.createNativeQuery("SELECT coalesce(sum(c.devices), 0) FROM organization_device_count c"
                        + " JOIN organization o ON o.id = c.org_id WHERE o.path LIKE :subtree")
                        .setParameter("subtree", organization.path().value() + "%")
                : em.createNativeQuery("SELECT coalesce(sum(devices), 0) FROM organization_device_count WHERE org_id = :org")
                        .setParameter("org", organization.id());
        return ((Number) count.getSingleResult()).longValue();
    }

    @Override
    public Page<Device> searchDevices(OrgPath within, DeviceVisibility visibility, DeviceSearch search, PageRequest page) {
        var em = DeviceEntity.getEntityManager();
        Map<String, Object> parameters = Map.of("subtree", within.value() + "%",
                "pattern", DeviceSearchSql.pattern(search.text()),
                "exactId", search.exactId() == null ? -1 : search.exactId(),
                "owner", visibility.isAll() ? -1L : visibility.ownerUserId());
        // one query for the page and the number of matches, so the union of trigram scans runs once
        var select = em.createNativeQuery(DeviceSearchSql.select(search)).unwrap(NativeQuery.class)
                .addEntity("d", DeviceEntity.class).addScalar(DeviceSearchSql.TOTAL, StandardBasicTypes.LONG);
        parameters.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        if (rows.isEmpty() && page.offset() > 0) { // past the last page: the count alone
            var count = em.createNativeQuery(DeviceSearchSql.count(), Long.class);
            parameters.forEach(count::setParameter);
            return new Page<>(List.of(), ((Number) count.getSingleResult()).longValue());
        }
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[1]).longValue();
        return new Page<>(rows.stream().map(row -> toDomain((DeviceEntity) row[0])).toList(), total);
    }

    @Override
    public Page<Device> listDevicesByOwnerEmail(OrgPath within, Email ownerEmail, PageRequest page) {
        return Paging.page(DeviceEntity.<DeviceEntity>find(IN_SUBTREE
                        + " and ownerUserId in (select u.id from UserEntity u where lower(u.email) = ?2) order by id",
                within.value() + "%", ownerEmail.normalized()), page, DevicePersistenceAdapter::toDomain);
    }

    @Override
    public List<Device> listRecentlyActivated(int orgId, long since, DeviceVisibility visibility, int limit) {
        var query = visibility.isAll()
                ? DeviceEntity.<DeviceEntity>find("orgId = ?1 and activatedAt >= ?2 order by activatedAt desc, id desc",
                        orgId, since)
                : DeviceEntity.<DeviceEntity>find("orgId = ?1 and activatedAt >= ?2 and ownerUserId = ?3"
                        + " order by activatedAt desc, id desc", orgId, since, visibility.ownerUserId());
        return query.range(0, limit - 1).list().stream().map(DevicePersistenceAdapter::toDomain).toList();
    }

    @Override
    public Device insertDevice(NewDevice device) {
        DeviceEntity entity = new DeviceEntity();
        entity.orgId = device.orgId();
        entity.templateId = device.templateId();
        entity.originalTemplateId = device.originalTemplateId();
        entity.name = device.name().value();
        entity.token = device.token().value();
        entity.ownerUserId = device.ownerUserId();
        entity.createdAt = device.createdAt();
        entity.configVersion = Device.FIRST_CONFIG_VERSION;
        writeCheckingOwner(entity::persistAndFlush);
        return toDomain(entity);
    }

    @Override
    public Device updateDevice(Device device) {
        DeviceEntity entity = unchangedSince(device);
        entity.orgId = device.orgId();
        entity.name = device.name().value();
        entity.ownerUserId = device.ownerUserId();
        entity.configVersion = device.configVersion();
        entity.activatedAt = device.activatedAt();
        entity.hardwareInfo = hardwareInfoToMap(device.hardwareInfo());
        Connectivity c = device.connectivity();
        entity.firstConnectTime = c.firstConnectTime();
        entity.connectTime = c.connectTime();
        entity.disconnectTime = c.disconnectTime();
        entity.lastSeenAt = c.lastSeenAt();
        entity.ip = c.ip();
        entity.lastReceivedEventAt = c.lastReceivedEventAt();
        entity.firmwareUpdatedAt = c.firmwareUpdatedAt();
        entity.offlineCheckAt = c.offlineCheckAt();
        // a lambda: Panache enhances DeviceEntity.flush, not the method reference
        flushOrConflict(() -> writeCheckingOwner(() -> DeviceEntity.flush()));
        return toDomain(entity);
    }

    @Override
    public Optional<DeviceToken> rotateToken(Device rotated, DeviceToken previous, Long previousValidUntil) {
        DeviceEntity entity = unchangedSince(rotated);
        Optional<DeviceToken> dropped = Optional.ofNullable(entity.previousToken).map(DeviceToken::of);
        entity.token = rotated.token().value();
        entity.configVersion = rotated.configVersion();
        entity.previousToken = previousValidUntil == null ? null : previous.value();
        entity.previousTokenValidUntil = previousValidUntil;
        flushOrConflict(() -> DeviceEntity.flush());
        return dropped;
    }

    /** The stored row of a device the caller loaded: a conflict when it was written since (another version). */
    private static DeviceEntity unchangedSince(Device loaded) {
        DeviceEntity entity = DeviceEntity.findById(loaded.id());
        if (entity == null) {
            throw NotFound.device(loaded.id());
        }
        if (entity.version != loaded.version()) {
            throw concurrentChange();
        }
        return entity;
    }

    /** A flush that loses the optimistic check to a concurrent write is the same conflict. */
    private static void flushOrConflict(Runnable flush) {
        try {
            flush.run();
        } catch (OptimisticLockException e) {
            throw concurrentChange();
        }
    }

    /** A write whose owner, deleted meanwhile, fails the owner's foreign key: the user's 404. */
    private static void writeCheckingOwner(Runnable write) {
        ConstraintViolations.translate(() -> {
            write.run();
            return null;
        }, OWNER_REFERENCE, NotFound::user);
    }

    private static Conflict concurrentChange() {
        return new Conflict("The device was changed by another request; load it again and retry.");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<DeviceToken> deleteDevice(int orgId, int deviceId) {
        // the schema cascades to values, timeline, logs and tag links
        List<String> previous = DeviceEntity.getEntityManager()
                .createNativeQuery("DELETE FROM device WHERE id = ?1 AND org_id = ?2 RETURNING previous_token")
                .setParameter(1, deviceId).setParameter(2, orgId).getResultList();
        return previous.stream().filter(java.util.Objects::nonNull).findFirst().map(DeviceToken::of);
    }

    @Override
    public Map<Integer, Map<Integer, MetaFieldValue>> loadMetaFieldValues(Collection<Integer> deviceIds) {
        if (deviceIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = DeviceMetaFieldValueEntity.getEntityManager().createQuery(
                        "select v, m.type from DeviceMetaFieldValueEntity v, TemplateMetaFieldEntity m"
                                + " where m.id = v.metaFieldId and v.deviceId in ?1", Object[].class)
                .setParameter(1, deviceIds).getResultList();
        Map<Integer, Map<Integer, MetaFieldValue>> values = new HashMap<>();
        for (Object[] row : rows) {
            DeviceMetaFieldValueEntity v = (DeviceMetaFieldValueEntity) row[0];
            values.computeIfAbsent(v.deviceId, id -> new LinkedHashMap<>())
                    .put(v.metaFieldId, MetaFieldValue.fromFields(MetaFieldType.valueOf((String) row[1]), v.value));
        }
        return values;
    }

    @Override
    public void saveMetaFieldValues(int deviceId, Map<Integer, MetaFieldValue> values) {
        if (values.isEmpty()) {
            return;
        }
        // one read for all of them, and the inserts go out as one JDBC batch (statement-batch-size)
        Map<Integer, DeviceMetaFieldValueEntity> stored = DeviceMetaFieldValueEntity.<DeviceMetaFieldValueEntity>list(
                        "deviceId = ?1 and metaFieldId in ?2", deviceId, values.keySet()).stream()
                .collect(Collectors.toMap(e -> e.metaFieldId, e -> e));
        values.forEach((metaFieldId, value) -> {
            DeviceMetaFieldValueEntity entity = stored.get(metaFieldId);
            if (entity == null) {
                entity = new DeviceMetaFieldValueEntity();
                entity.deviceId = deviceId;
                entity.metaFieldId = metaFieldId;
                entity.value = new LinkedHashMap<>(value.fields());
                entity.persist();
            } else {
                entity.value = new LinkedHashMap<>(value.fields());
            }
        });
    }

    @Override
    public Map<Integer, List<StoredValue>> loadCurrentValues(Collection<Integer> deviceIds) {
        if (deviceIds.isEmpty()) {
            return Map.of();
        }
        return DeviceDataStreamValueEntity.<DeviceDataStreamValueEntity>list(
                        "deviceId in ?1 order by deviceId, dataStreamId", deviceIds).stream()
                .collect(Collectors.groupingBy(v -> v.deviceId, LinkedHashMap::new,
                        Collectors.mapping(v -> new StoredValue(v.dataStreamId, v.value, v.updatedAt), Collectors.toList())));
    }

    @Override
    public void writeValue(int deviceId, int dataStreamId, DataStreamValue value, long at) {
        // one statement, one round trip, for the current value and its history row: device calls write
        // them every few seconds per device
        DeviceEntity.getEntityManager().createNativeQuery("""
                        WITH current AS (
                            INSERT INTO device_datastream_value (device_id, datastream_id, value, updated_at)
                            VALUES (:device, :stream, :value, :at)
                            ON CONFLICT (device_id, datastream_id)
                            DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at)
                        INSERT INTO datastream_history (device_id, datastream_id, value, ts)
                        VALUES (:device, :stream, :value, :at)
                        """)
                .setParameter("device", deviceId).setParameter("stream", dataStreamId).setParameter("value", value.stored())
                .setParameter("at", at).executeUpdate();
    }

    @Override
    public void clearValues(int deviceId) {
        DeviceDataStreamValueEntity.delete("deviceId", deviceId);
        DataStreamHistoryEntity.delete("deviceId", deviceId);
    }

    static Device toDomain(DeviceEntity e) {
        Map<String, String> hw = e.hardwareInfo;
        HardwareInfo hardwareInfo = hw == null ? null : new HardwareInfo(hw.get("version"), hw.get("fwType"),
                hw.get("blynkVersion"), hw.get("boardType"), hw.get("build"), hw.get("templateId"));
        return new Device(e.id, e.orgId, e.templateId, e.originalTemplateId, DeviceName.of(e.name),
                DeviceToken.of(e.token), e.ownerUserId, e.activatedAt, hardwareInfo,
                new Connectivity(e.firstConnectTime, e.connectTime, e.disconnectTime, e.lastSeenAt, e.ip,
                        e.lastReceivedEventAt, e.firmwareUpdatedAt, e.offlineCheckAt),
                e.createdAt, e.version, e.configVersion);
    }

    private static Map<String, String> hardwareInfoToMap(HardwareInfo info) {
        if (info == null) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        map.put("version", info.version());
        map.put("fwType", info.fwType());
        map.put("blynkVersion", info.blynkVersion());
        map.put("boardType", info.boardType());
        map.put("build", info.build());
        map.put("templateId", info.templateId());
        map.values().removeIf(java.util.Objects::isNull);
        return map;
    }
}
