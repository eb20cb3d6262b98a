package dev.devices.adapter.persistence.memory;

import dev.devices.application.port.out.DeviceQueryPort.DeviceSearch;
import dev.devices.domain.device.Device;
import dev.devices.domain.template.Template;
import dev.devices.domain.user.User;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** The order of search results: the chosen key (missing values last either way), then id ascending. */
final class MemorySearchOrder {

    private MemorySearchOrder() {
    }

    static Comparator<Device> of(State s, DeviceSearch search) {
        Function<Device, Comparable<?>> key = switch (search.sortBy()) {
            case ID -> d -> d.id();
            case NAME -> d -> lower(d.name().value());
            case TOKEN -> d -> d.token().value();
            case OWNER_ID -> Device::ownerUserId;
            case OWNER_NAME -> d -> owner(s, d) == null ? null : lower(owner(s, d).name());
            case OWNER_EMAIL, ACTIVATED_BY -> d -> owner(s, d) == null ? null : lower(owner(s, d).email().value());
            case LAST_REPORTED_AT -> d -> d.connectivity().lastSeenAt();
            case ACTIVATED_AT -> Device::activatedAt;
            case MODEL -> d -> d.hardwareInfo() == null ? null : d.hardwareInfo().boardType();
            case TEMPLATE_NAME -> d -> template(s, d) == null ? null : lower(template(s, d).name());
            case TEMPLATE_ID -> Device::templateId;
            case FIRMWARE_VERSION -> d -> d.hardwareInfo() == null ? null : d.hardwareInfo().version();
            case ORG_ID -> Device::orgId;
            case STATUS -> d -> template(s, d) != null
                    && d.isConnected(template(s, d).heartbeatSeconds(), search.now());
        };
        return (a, b) -> {
            int byKey = compareNullsLast(key.apply(a), key.apply(b), search.descending());
            return byKey != 0 ? byKey : Integer.compare(a.id(), b.id());
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareNullsLast(Comparable a, Comparable b, boolean descending) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        int result = a.compareTo(b);
        return descending ? -result : result;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static User owner(State s, Device d) {
        return d.ownerUserId() == null ? null : s.users.get(d.ownerUserId());
    }

    private static Template template(State s, Device d) {
        return s.templates.get(d.templateId());
    }
}
