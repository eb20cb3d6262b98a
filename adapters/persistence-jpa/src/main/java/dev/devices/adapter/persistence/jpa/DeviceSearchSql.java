package dev.devices.adapter.persistence.jpa;

import dev.devices.application.port.out.DeviceQueryPort.DeviceSearch;
import dev.devices.domain.device.DeviceSort;
import java.util.EnumMap;
import java.util.Map;

/**
 * The SQL of device search. Matching is a case-insensitive substring on four columns, each served by a
 * trigram index; ORDER BY comes only from the whitelist below, never from caller text.
 */
final class DeviceSearchSql {

    private static final String FROM_WHERE = """
            FROM device d
            JOIN organization o ON o.id = d.org_id
            JOIN template t ON t.id = d.template_id
            LEFT JOIN app_user u ON u.id = d.owner_user_id
            WHERE o.path LIKE :subtree
              AND (lower(d.name) LIKE :pattern ESCAPE '\\'
                   OR lower(d.token) LIKE :pattern ESCAPE '\\'
                   OR lower(u.email) LIKE :pattern ESCAPE '\\'
                   OR lower(t.name) LIKE :pattern ESCAPE '\\'
                   OR d.id = :exactId)
            """;

    private static final Map<DeviceSort, String> ORDER = new EnumMap<>(Map.ofEntries(
            Map.entry(DeviceSort.ID, "d.id"),
            Map.entry(DeviceSort.NAME, "lower(d.name)"),
            Map.entry(DeviceSort.TOKEN, "d.token"),
            Map.entry(DeviceSort.OWNER_ID, "d.owner_user_id"),
            Map.entry(DeviceSort.OWNER_NAME, "lower(u.name)"),
            Map.entry(DeviceSort.OWNER_EMAIL, "lower(u.email)"),
            Map.entry(DeviceSort.ACTIVATED_BY, "lower(u.email)"),
            Map.entry(DeviceSort.LAST_REPORTED_AT, "d.last_seen_at"),
            Map.entry(DeviceSort.ACTIVATED_AT, "d.activated_at"),
            Map.entry(DeviceSort.MODEL, "d.hardware_info ->> 'boardType'"),
            Map.entry(DeviceSort.TEMPLATE_NAME, "lower(t.name)"),
            Map.entry(DeviceSort.TEMPLATE_ID, "d.template_id"),
            Map.entry(DeviceSort.FIRMWARE_VERSION, "d.hardware_info ->> 'version'"),
            Map.entry(DeviceSort.ORG_ID, "d.org_id"),
            Map.entry(DeviceSort.STATUS, "(d.last_seen_at IS NOT NULL AND d.last_seen_at > %d - t.heartbeat_seconds * 1000)")));

    private DeviceSearchSql() {
    }

    static String select(DeviceSearch search) {
        String key = String.format(ORDER.get(search.sortBy()), search.now());
        String direction = search.descending() ? "DESC" : "ASC";
        return "SELECT d.* " + FROM_WHERE + "ORDER BY " + key + " " + direction + " NULLS LAST, d.id ASC";
    }

    static String count() {
        return "SELECT count(*) " + FROM_WHERE;
    }

    /** {@code %text%} with LIKE's own characters escaped, lower-cased. */
    static String pattern(String text) {
        return "%" + text.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
