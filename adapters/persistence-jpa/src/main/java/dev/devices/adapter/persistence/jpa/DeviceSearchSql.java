package dev.devices.adapter.persistence.jpa;

import dev.devices.application.port.out.DeviceQueryPort.DeviceSearch;
import dev.devices.domain.device.DeviceSort;
import java.util.EnumMap;
import java.util.Map;

/**
 * The SQL of device search. Matching is a case-insensitive substring on four columns. Each column is
 * its own branch of a UNION so that each can use its trigram index (an OR across joined tables would
 * force a scan of every device). The union is evaluated first, as an array of ids, so the devices are
 * then fetched by primary key; the subtree filter and the sort apply to those few rows, and a window
 * count over them gives the number of matches in the same query.
 * ORDER BY comes only from the whitelist below, never from caller text.
 */
final class DeviceSearchSql {

    private static final String FROM_WHERE = """
            FROM device d
            JOIN organization o ON o.id = d.org_id
            JOIN template t ON t.id = d.template_id
            LEFT JOIN app_user u ON u.id = d.owner_user_id
            WHERE d.id = ANY (ARRAY(
                    SELECT id FROM device WHERE lower(name) LIKE :pattern ESCAPE '\\'
                    UNION SELECT id FROM device WHERE lower(token) LIKE :pattern ESCAPE '\\'
                    UNION SELECT dv.id FROM device dv JOIN app_user us ON us.id = dv.owner_user_id
                          WHERE lower(us.email) LIKE :pattern ESCAPE '\\'
                    UNION SELECT dv.id FROM device dv JOIN template tp ON tp.id = dv.template_id
                          WHERE lower(tp.name) LIKE :pattern ESCAPE '\\'
                    UNION SELECT id FROM device WHERE id = :exactId))
              AND o.path LIKE :subtree
              AND (:owner = -1 OR d.owner_user_id = :owner)
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

    /** The column of {@link #select} that carries the number of all matches, counted before the page is cut. */
    static final String TOTAL = "total_matches";

    static String select(DeviceSearch search) {
        String key = String.format(ORDER.get(search.sortBy()), search.now());
        String direction = search.descending() ? "DESC" : "ASC";
        return "SELECT {d.*}, count(*) OVER () AS " + TOTAL + " " + FROM_WHERE
                + "ORDER BY " + key + " " + direction + " NULLS LAST, d.id ASC";
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
