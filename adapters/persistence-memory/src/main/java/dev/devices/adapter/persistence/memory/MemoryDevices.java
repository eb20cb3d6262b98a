package dev.devices.adapter.persistence.memory;

import dev.devices.application.paging.Page;
import dev.devices.application.paging.PageRequest;
import dev.devices.application.port.out.DeviceDataPort;
import dev.devices.application.port.out.DeviceQueryPort;
import dev.devices.application.port.out.LoadDevicePort;
import dev.devices.application.port.out.SaveDevicePort;
import dev.devices.domain.access.DeviceVisibility;
import dev.devices.domain.access.Reach;
import dev.devices.domain.device.Device;
import dev.devices.domain.device.DeviceToken;
import dev.devices.domain.device.NewDevice;
import dev.devices.domain.error.Conflict;
import dev.devices.domain.error.NotFound;
import dev.devices.domain.organization.OrgPath;
import dev.devices.domain.organization.Organization;
import dev.devices.domain.template.DataStreamValue;
import dev.devices.domain.template.MetaFieldValue;
import dev.devices.domain.user.Email;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

final class MemoryDevices implements LoadDevicePort, SaveDevicePort, DeviceQueryPort, DeviceDataPort {

    private final Store store;

    MemoryDevices(Store store) {
        this.store = store;
    }

    @Override
    public Optional<Device> loadDevice(Reach reach, int deviceId) {
        return store.apply(s -> Optional.ofNullable(s.devices.get(deviceId)).filter(d -> inSubtree(s, d, reach.path())));
    }

    @Override
    public Optional<Device> loadDeviceByToken(DeviceToken token, long now) {
        return store.apply(s -> s.devices.values().stream().filter(d -> d.token().equals(token)).findFirst()
                .or(() -> s.previousTokens.entrySet().stream()
                        .filter(e -> e.getValue().token().equals(token) && e.getValue().validUntil() > now)
                        .map(e -> s.devices.get(e.getKey())).findFirst()));
    }

    /** Units of work are serialized by the store's one lock: holding the device needs nothing more. */
    @Override
    public Optional<Device> lockDevice(Reach reach, int deviceId) {
        return loadDevice(reach, deviceId);
    }

    /** As {@link #lockDevice}: the store's lock is enough. */
    @Override
    public Optional<Device> lockDeviceByToken(DeviceToken token, long now) {
        return loadDeviceByToken(token, now);
    }

    /** As {@link #lockDevice}: units of work are serialized, so there is never a held device to skip. */
    @Override
    public List<Device> lockDueOfflineChecks(long now, int limit) {
        return store.apply(s -> s.devices.values().stream()
                .filter(d -> d.connectivity().offlineCheckAt() != null && d.connectivity().offlineCheckAt() <= now)
                .sorted(Comparator.comparing((Device d) -> d.connectivity().offlineCheckAt()).thenComparing(Device::id))
                .limit(limit).toList());
    }

    @Override
    public Device insertDevice(NewDevice n) {
        return store.apply(s -> {
            if (s.devices.values().stream().anyMatch(d -> d.token().equals(n.token()))) {
                throw new IllegalStateException("device token taken");
            }
            Device device = new Device(s.nextInt(), n.orgId(), n.templateId(), n.originalTemplateId(), n.name(), n.token(),
                    n.ownerUserId(), null, null, dev.devices.domain.device.Connectivity.NEVER_CONNECTED, n.createdAt(), 0,
                    Device.FIRST_CONFIG_VERSION);
            s.devices.put(device.id(), device);
            return device;
        });
    }

    @Override
    public Device updateDevice(Device device) {
        return store.apply(s -> {
            Device stored = s.devices.get(device.id());
            if (stored == null) {
                throw NotFound.device(device.id());
            }
            if (stored.version() != device.version()) {
                throw new Conflict("The device was changed by another request; load it again and retry.");
            }
            if (stored.equals(device)) {
                return stored; // nothing changed: the version stays, as it does in the database
            }
            Device updated = new Device(device.id(), device.orgId(), device.templateId(), device.originalTemplateId(),
                    device.name(), device.token(), device.ownerUserId(), device.activatedAt(), device.hardwareInfo(),
                    device.connectivity(), device.createdAt(), device.version() + 1, device.configVersion());
            s.devices.put(updated.id(), updated);
            return updated;
        });
    }

    @Override
    public Optional<DeviceToken> rotateToken(Device rotated, DeviceToken previous, Long previousValidUntil) {
        return store.apply(s -> {
            updateDevice(rotated);
            State.PreviousToken dropped = previousValidUntil == null ? s.previousTokens.remove(rotated.id())
                    : s.previousTokens.put(rotated.id(), new State.PreviousToken(previous, previousValidUntil));
            return Optional.ofNullable(dropped).map(State.PreviousToken::token);
        });
    }

    @Override
    public Optional<DeviceToken> deleteDevice(int orgId, int deviceId) {
        return store.apply(s -> {
            Device device = s.devices.get(deviceId);
            if (device == null || device.orgId() != orgId) {
                return Optional.empty();
            }
            Optional<DeviceToken> previous = Optional.ofNullable(s.previousTokens.get(deviceId)).map(State.PreviousToken::token);
            s.devices.remove(deviceId);
            s.metaFieldValues.remove(deviceId);
            s.currentValues.remove(deviceId);
            s.history.removeIf(h -> h.deviceId() == deviceId);
            s.timeline.values().removeIf(e -> e.deviceId() == deviceId);
            s.latestLifecycle.remove(deviceId);
            s.previousTokens.remove(deviceId);
            s.actionLog.values().removeIf(e -> e.deviceId() == deviceId);
            s.deviceTags.remove(deviceId);
            return previous;
        });
    }

    @Override
    public Page<Device> listDevices(Organization organization, boolean includeSubOrganizations,
                                    DeviceVisibility visibility, PageRequest page) {
        return store.apply(s -> Pages.of(s.devices.values().stream()
                .filter(d -> includeSubOrganizations ? inSubtree(s, d, organization.path()) : d.orgId() == organization.id())
                .filter(d -> visibility.shows(d.ownerUserId()))
                .toList(), page));
    }

    @Override
    public Page<Device> searchDevices(OrgPath within, DeviceVisibility visibility, DeviceSearch search, PageRequest page) {
        return store.apply(s -> {
            String text = search.text().toLowerCase(java.util.Locale.ROOT);
            Comparator<Device> order = MemorySearchOrder.of(s, search);
            return Pages.of(s.devices.values().stream()
                    .filter(d -> inSubtree(s, d, within) && visibility.shows(d.ownerUserId()))
                    .filter(d -> matches(s, d, text, search.exactId()))
                    .sorted(order)
                    .toList(), page);
        });
    }

    @Override
    public Page<Device> listDevicesByOwnerEmail(OrgPath within, Email ownerEmail, PageRequest page) {
        return store.apply(s -> Pages.of(s.devices.values().stream()
                .filter(d -> inSubtree(s, d, within) && d.ownerUserId() != null)
                .filter(d -> Optional.ofNullable(s.users.get(d.ownerUserId())).map(u -> u.email().equals(ownerEmail)).orElse(false))
                .toList(), page));
    }

    @Override
    public List<Device> listRecentlyActivated(int orgId, long since, DeviceVisibility visibility, int limit) {
        return store.apply(s -> s.devices.values().stream()
                .filter(d -> d.orgId() == orgId && d.activatedAt() != null && d.activatedAt() >= since)
                .filter(d -> visibility.shows(d.ownerUserId()))
                .sorted(Comparator.comparing(Device::activatedAt).thenComparing(Device::id).reversed())
                .limit(limit).toList());
    }

    @Override
    public Map<Integer, Map<Integer, MetaFieldValue>> loadMetaFieldValues(Collection<Integer> deviceIds) {
        return store.apply(s -> {
            Map<Integer, Map<Integer, MetaFieldValue>> values = new HashMap<>();
            deviceIds.forEach(id -> Optional.ofNullable(s.metaFieldValues.get(id)).ifPresent(v -> values.put(id, Map.copyOf(v))));
            return values;
        });
    }

    @Override
    public void saveMetaFieldValues(int deviceId, Map<Integer, MetaFieldValue> values) {
        store.accept(s -> s.metaFieldValues.computeIfAbsent(deviceId, id -> new TreeMap<>()).putAll(values));
    }

    @Override
    public Map<Integer, List<StoredValue>> loadCurrentValues(Collection<Integer> deviceIds) {
        return store.apply(s -> {
            Map<Integer, List<StoredValue>> values = new HashMap<>();
            deviceIds.forEach(id -> Optional.ofNullable(s.currentValues.get(id))
                    .ifPresent(v -> values.put(id, List.copyOf(v.values()))));
            return values;
        });
    }

    @Override
    public void writeValue(int deviceId, int dataStreamId, DataStreamValue value, long at) {
        store.accept(s -> {
            s.currentValues.computeIfAbsent(deviceId, id -> new TreeMap<>())
                    .put(dataStreamId, new StoredValue(dataStreamId, value.stored(), at));
            s.history.add(new State.History(deviceId, dataStreamId, value.stored(), at));
        });
    }

    @Override
    public void clearValues(int deviceId) {
        store.accept(s -> {
            s.currentValues.remove(deviceId);
            s.history.removeIf(h -> h.deviceId() == deviceId);
        });
    }

    private static boolean inSubtree(State s, Device device, OrgPath path) {
        Organization organization = s.organizations.get(device.orgId());
        return organization != null && path.contains(organization.path());
    }

    private static boolean matches(State s, Device d, String text, Integer exactId) {
        if (exactId != null && d.id() == exactId) {
            return true;
        }
        Stream<String> fields = Stream.of(d.name().value(), d.token().value(),
                d.ownerUserId() == null || s.users.get(d.ownerUserId()) == null ? null : s.users.get(d.ownerUserId()).email().value(),
                s.templates.containsKey(d.templateId()) ? s.templates.get(d.templateId()).name() : null);
        return fields.anyMatch(f -> f != null && f.toLowerCase(java.util.Locale.ROOT).contains(text));
    }
}
