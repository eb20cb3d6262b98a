package dev.devices.adapter.persistence.jpa;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.out.DeviceDataPort;
import dev.devices.application.port.out.DeviceQueryPort;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.SaveDevicePort;
import dev.devices.domain.access.Reach;
import dev.devices.domain.device.Connectivity;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceName;
import dev.devices.domain.device.DeviceToken;
import dev.devices.domain.device.HardwareInfo;
import dev.devices.domain.device.NewDevice;
import dev.devices.domain.error.Conflict;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.template.MetaFieldType;
import dev.devices.domain.template.MetaFieldValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class DevicePersistenceAdapter implements LoadDevicePort, SaveDevicePort, DeviceQueryPort, DeviceDataPort {

    /** Devices whose organization lies in a subtree, given as a path prefix parameter. */
    private static final String IN_SUBTREE = "orgId in (select o.id from OrganizationEntity o where o.path like ?1)";

    @Override
    public Optional<Device> loadDevice(Reach reach, int deviceId) {
        return DeviceEntity.<DeviceEntity>find(IN_SUBTREE + " and id = ?2", reach.path().value() + "%", deviceId)
                .firstResultOptional().map(DevicePersistenceAdapter::toDomain);
    }

    @Override
    public Page<Device> listDevices(Organization organization, boolean includeSubOrganizations, PageRequest page) {
        var query = includeSubOrganizations
                ? DeviceEntity.<DeviceEntity>find(IN_SUBTREE + " order by id", organization.path().value() + "%")
                : DeviceEntity.<DeviceEntity>find("orgId = ?1 order by id", organization.id());
        return Paging.page(query, page, DevicePersistenceAdapter::toDomain);
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
        entity.persistAndFlush();
        return toDomain(entity);
    }

    @Override
    public Device updateDevice(Device device) {
        DeviceEntity entity = DeviceEntity.findById(device.id());
        if (entity == null) {
            throw NotFound.device(device.id());
        }
        if (entity.version != device.version()) {
            throw concurrentChange();
        }
        entity.orgId = device.orgId();
        entity.name = device.name().value();
        entity.ownerUserId = device.ownerUserId();
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
        try {
            entity.flush();
        } catch (OptimisticLockException e) {
            throw concurrentChange();
        }
        return toDomain(entity);
    }

    private static Conflict concurrentChange() {
        return new Conflict("The device was changed by another request; load it again and retry.");
    }

    @Override
    public void deleteDevice(int orgId, int deviceId) {
        // the schema cascades to values, timeline, logs and tag links
        DeviceEntity.delete("id = ?1 and orgId = ?2", deviceId, orgId);
    }

    @Override
    public Map<Integer, MetaFieldValue> loadMetaFieldValues(int deviceId) {
        List<Object[]> rows = DeviceMetaFieldValueEntity.getEntityManager().createQuery(
                        "select v, m.type from DeviceMetaFieldValueEntity v, TemplateMetaFieldEntity m"
                                + " where m.id = v.metaFieldId and v.deviceId = ?1", Object[].class)
                .setParameter(1, deviceId).getResultList();
        Map<Integer, MetaFieldValue> values = new LinkedHashMap<>();
        for (Object[] row : rows) {
            DeviceMetaFieldValueEntity v = (DeviceMetaFieldValueEntity) row[0];
            values.put(v.metaFieldId, new MetaFieldValue(MetaFieldType.valueOf((String) row[1]), v.value));
        }
        return values;
    }

    @Override
    public void saveMetaFieldValues(int deviceId, Map<Integer, MetaFieldValue> values) {
        values.forEach((metaFieldId, value) -> {
            DeviceMetaFieldValueEntity entity = DeviceMetaFieldValueEntity
                    .findById(new DeviceMetaFieldValueEntity.Key(deviceId, metaFieldId));
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
    public List<StoredValue> loadCurrentValues(int deviceId) {
        return DeviceDataStreamValueEntity.<DeviceDataStreamValueEntity>list("deviceId = ?1 order by dataStreamId", deviceId)
                .stream().map(v -> new StoredValue(v.dataStreamId, v.value, v.updatedAt)).toList();
    }

    static Device toDomain(DeviceEntity e) {
        Map<String, String> hw = e.hardwareInfo;
        HardwareInfo hardwareInfo = hw == null ? null : new HardwareInfo(hw.get("version"), hw.get("fwType"),
                hw.get("blynkVersion"), hw.get("boardType"), hw.get("build"), hw.get("templateId"));
        return new Device(e.id, e.orgId, e.templateId, e.originalTemplateId, DeviceName.of(e.name),
                DeviceToken.of(e.token), e.ownerUserId, e.activatedAt, hardwareInfo,
                new Connectivity(e.firstConnectTime, e.connectTime, e.disconnectTime, e.lastSeenAt, e.ip,
                        e.lastReceivedEventAt, e.firmwareUpdatedAt),
                e.createdAt, e.version);
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
