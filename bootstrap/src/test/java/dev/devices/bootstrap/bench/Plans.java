package dev.devices.bootstrap.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * EXPLAIN ANALYZE of every list and search query at full size, written as the service's adapter sends
 * them (Panache's generated SQL is equivalent; DeviceSearchSql is copied here and must be kept in step).
 */
final class Plans {

    private Plans() {
    }

    static String explain(Connection db, BenchDataset data) throws SQLException {
        long big = data.bigOrgId();
        long root = data.single("SELECT id FROM organization WHERE parent_id IS NULL");
        String rootPath = "'/" + root + "/%'";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("D1 page 0 of the big organization", page("org_id = " + big + " ORDER BY org_id, id", 0));
        queries.put("D1 page 5,000 of the big organization (offset 250,000)",
                page("org_id = " + big + " ORDER BY org_id, id", 250_000));
        queries.put("D1 totalElements, one organization (maintained count)",
                "SELECT coalesce(sum(devices), 0) FROM organization_device_count WHERE org_id = " + big);
        queries.put("D1 page 0 from the root with includeSubOrgDevices",
                page("org_id IN (SELECT o.id FROM organization o WHERE o.path LIKE " + rootPath + ") ORDER BY id", 0));
        queries.put("D1 totalElements, whole subtree (maintained count)",
                "SELECT coalesce(sum(c.devices), 0) FROM organization_device_count c JOIN organization o ON o.id = c.org_id"
                        + " WHERE o.path LIKE " + rootPath);
        queries.put("D3 search by name fragment, sorted by name", search("%ice 4242%", rootPath));
        queries.put("D3 search by owner email, sorted by name", search("%owner4200@bench.example%", rootPath));
        queries.put("D19 devices by owner email",
                "SELECT * FROM device WHERE org_id IN (SELECT o.id FROM organization o WHERE o.path LIKE " + rootPath + ")"
                        + " AND owner_user_id IN (SELECT u.id FROM app_user u WHERE lower(u.email) = 'owner4200@bench.example')"
                        + " ORDER BY id LIMIT 50");
        queries.put("D11 timeline page 10 (sorting off, as the adapter reads pages)", "SELECT * FROM timeline_event WHERE device_id = (SELECT min(id) FROM device"
                + " WHERE org_id = " + big + ") ORDER BY ts DESC, id DESC LIMIT 50 OFFSET 500");
        queries.put("Disconnection sweep: one batch of due offline checks", "SELECT * FROM device WHERE offline_check_at <= "
                + System.currentTimeMillis() + " ORDER BY offline_check_at LIMIT 200 FOR UPDATE SKIP LOCKED");
        StringBuilder out = new StringBuilder("Plans from the same run, `EXPLAIN (ANALYZE, COSTS OFF)`. Every one uses an"
                + " index; none scans the device table.\n\n");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            out.append(query.getKey()).append(":\n\n```\n").append(plan(db, query.getValue())).append("```\n\n");
        }
        return out.toString();
    }

    static final String SWEEP_INTRO = """
            The sweep's batch (`FOR UPDATE SKIP LOCKED`, 200 at a time) over the partial index of due times; a
            quarter of the devices are online, their check due a day later. Before #15 the sweep read the whole
            table: 669 ms with no device due and 364 ms with 1,000, at 2,000,000 devices. The larger size's
            first case follows the smaller's rolled-back 1,000, whose dead index entries its scan passes.

            """;

    /**
     * The sweep's batch query with no device due and with 1,000 due (made due in a transaction rolled
     * back afterwards): its plan and time, at the table's current size.
     */
    static String sweep(Connection db, long devices) throws SQLException {
        StringBuilder out = new StringBuilder();
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            for (int due : new int[] {0, 1_000}) {
                long now = System.currentTimeMillis();
                try (Statement s = db.createStatement()) {
                    s.executeUpdate("UPDATE device SET offline_check_at = " + (now - 1_000)
                            + " WHERE id IN (SELECT id FROM device ORDER BY id DESC LIMIT " + due + ")");
                }
                out.append("%,d devices, %,d due:\n\n```\n".formatted(devices, due)).append(plan(db,
                        "SELECT * FROM device WHERE offline_check_at <= " + now
                                + " ORDER BY offline_check_at LIMIT 200 FOR UPDATE SKIP LOCKED")).append("```\n\n");
                db.rollback();
            }
        } finally {
            db.setAutoCommit(autoCommit);
        }
        return out.toString();
    }

    /** As DevicePersistenceAdapter pages: ids from the index first, then the rows. */
    private static String page(String where, long offset) {
        return "SELECT d.* FROM device d WHERE d.id IN (SELECT id FROM device WHERE " + where
                + " OFFSET " + offset + " LIMIT 50) ORDER BY d.id";
    }

    private static String search(String pattern, String subtree) {
        String like = "'" + pattern + "'";
        return """
                SELECT d.*, count(*) OVER () AS total_matches FROM device d
                JOIN organization o ON o.id = d.org_id
                JOIN template t ON t.id = d.template_id
                LEFT JOIN app_user u ON u.id = d.owner_user_id
                WHERE d.id = ANY (ARRAY(
                        SELECT id FROM device WHERE lower(name) LIKE %1$s
                        UNION SELECT id FROM device WHERE lower(token) LIKE %1$s
                        UNION SELECT dv.id FROM device dv JOIN app_user us ON us.id = dv.owner_user_id WHERE lower(us.email) LIKE %1$s
                        UNION SELECT dv.id FROM device dv JOIN template tp ON tp.id = dv.template_id WHERE lower(tp.name) LIKE %1$s
                        UNION SELECT id FROM device WHERE id = -1))
                  AND o.path LIKE %2$s
                ORDER BY lower(d.name) ASC NULLS LAST, d.id ASC LIMIT 50""".formatted(like, subtree);
    }

    private static String plan(Connection db, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        boolean pageOfHistory = sql.contains("FROM timeline_event");
        try (Statement s = db.createStatement()) {
            s.execute("SET enable_sort = " + (pageOfHistory ? "off" : "on"));
        }
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, COSTS OFF) " + sql)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
