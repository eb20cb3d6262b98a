package dev.devices.bootstrap.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's data, written straight into PostgreSQL with set-based SQL (generate_series): 100
 * sub-organizations under the root, the first holding half of all devices; 20 templates of the root
 * with a metafield, an event and a datastream; 100,000 users; 100 tags; devices with a token, a third
 * owned (by a user of their own organization), half activated, each with a metafield value, a
 * timeline entry, and every fifth a tag. Helper tables {@code bench_*} map ordinals to ids.
 */
final class BenchDataset {

    private final Connection db;
    private final int rootId;

    BenchDataset(Connection db) throws SQLException {
        this.db = db;
        this.rootId = (int) single("SELECT id FROM organization WHERE parent_id IS NULL");
    }

    void prepare() throws SQLException {
        run("CREATE TABLE bench_org (idx int PRIMARY KEY, id int NOT NULL)");
        run("INSERT INTO organization (parent_id, path, name, tz, last_modified_ts) SELECT " + rootId
                + ", '/', 'Bench org ' || g, 'UTC', 0 FROM generate_series(0, 99) g ORDER BY g");
        run("UPDATE organization SET path = '/" + rootId + "/' || id || '/' WHERE name LIKE 'Bench org %'");
        run("INSERT INTO bench_org SELECT row_number() OVER (ORDER BY id) - 1, id FROM organization WHERE name LIKE 'Bench org %'");

        run("CREATE TABLE bench_template (idx int PRIMARY KEY, id int NOT NULL, metafield_id int)");
        run("INSERT INTO template (org_id, name, heartbeat_seconds, created_at) SELECT " + rootId
                + ", 'Bench template ' || g, 60, 0 FROM generate_series(0, 19) g ORDER BY g");
        run("INSERT INTO bench_template (idx, id) SELECT row_number() OVER (ORDER BY id) - 1, id FROM template"
                + " WHERE name LIKE 'Bench template %'");
        run("INSERT INTO template_string_id SELECT 'TMPLbench' || lpad(idx::text, 4, '0'), id FROM bench_template");
        run("INSERT INTO template_metafield (template_id, name, type, is_mandatory, include_in_provision)"
                + " SELECT id, 'Serial', 'Text', false, false FROM bench_template");
        run("UPDATE bench_template b SET metafield_id = m.id FROM template_metafield m WHERE m.template_id = b.id");
        run("INSERT INTO template_event (template_id, name, event_code, type) SELECT id, 'Alarm', 'alarm', 'WARNING'"
                + " FROM bench_template");
        run("INSERT INTO template_datastream (template_id, label, alias, pin, type, min_value, max_value)"
                + " SELECT id, 'Temperature', 'temp', 'v1', 'Double', -40, 80 FROM bench_template");

        run("CREATE TABLE bench_user (g int PRIMARY KEY, id bigint NOT NULL)");
        run("INSERT INTO app_user (org_id, email, name, role, status, created_at)"
                + " SELECT o.id, 'owner' || g || '@bench.example', 'Owner ' || g, 'User', 'Active', 0"
                + " FROM generate_series(1, 100000) g JOIN bench_org o ON o.idx = g % 100 ORDER BY g");
        run("INSERT INTO bench_user SELECT substring(email FROM 6 FOR position('@' IN email) - 6)::int, id"
                + " FROM app_user WHERE email LIKE 'owner%@bench.example'");

        run("CREATE TABLE bench_tag (idx int PRIMARY KEY, id int NOT NULL)");
        run("INSERT INTO tag (org_id, name) SELECT " + rootId + ", 'bench-' || g FROM generate_series(0, 99) g ORDER BY g");
        run("INSERT INTO bench_tag SELECT row_number() OVER (ORDER BY id) - 1, id FROM tag WHERE name LIKE 'bench-%'");
    }

    /**
     * Adds devices with ordinals {@code from} (inclusive) to {@code to}. Even ordinals go to the big
     * organization; the owner of every third device is a user of the device's organization; every fourth
     * is online, its offline check due a day later (the sweep's index holds a quarter of the table).
     */
    void addDevices(long from, long to) throws SQLException {
        long lastId = single("SELECT coalesce(max(id), 0) FROM device");
        long now = System.currentTimeMillis();
        run("""
                INSERT INTO device (org_id, template_id, original_template_id, name, token, owner_user_id, activated_at,
                                    created_at, offline_check_at)
                SELECT o.id, t.id, t.id, 'Device ' || n, md5('bench-' || n), u.id,
                       CASE WHEN n %% 2 = 0 THEN %1$d - n END, %1$d,
                       CASE WHEN n %% 4 = 0 THEN %1$d + 86400000 END
                FROM generate_series(%2$d, %3$d) n
                JOIN bench_org o ON o.idx = CASE WHEN n %% 2 = 0 THEN 0 ELSE 1 + n %% 99 END
                JOIN bench_template t ON t.idx = n %% 20
                LEFT JOIN bench_user u ON n %% 3 = 0 AND u.g = CASE WHEN n %% 2 = 0 THEN 100 * (1 + (n / 6) %% 1000)
                                                                    ELSE 1 + n %% 99 + 100 * ((n / 6) %% 999) END
                ORDER BY n""".formatted(now, from, to - 1));
        run("INSERT INTO device_metafield_value (device_id, metafield_id, value) SELECT d.id, t.metafield_id,"
                + " jsonb_build_object('value', 'SN-' || d.id) FROM device d JOIN bench_template t ON t.id = d.template_id"
                + " WHERE d.id > " + lastId);
        run("INSERT INTO timeline_event (device_id, org_id, event_type, description, ts)"
                + " SELECT id, org_id, 'INFORMATION', 'Seeded', created_at FROM device WHERE id > " + lastId);
        run("INSERT INTO device_tag (device_id, tag_id) SELECT d.id, bt.id FROM device d JOIN bench_tag bt"
                + " ON bt.idx = d.id % 100 WHERE d.id > " + lastId + " AND d.id % 5 = 0");
    }

    /** Many timeline entries on one device, for the timeline page scenario. */
    void addTimeline(long deviceId, int entries) throws SQLException {
        run("INSERT INTO timeline_event (device_id, org_id, event_type, description, ts) SELECT d.id, d.org_id,"
                + " CASE WHEN g % 2 = 0 THEN 'INFORMATION' ELSE 'WARNING' END, 'Entry ' || g, d.created_at + g"
                + " FROM device d, generate_series(1, " + entries + ") g WHERE d.id = " + deviceId);
    }

    /** The trigram indexes are rebuilt once after a bulk load instead of growing row by row. */
    void withoutTrigramIndexes(SqlWork work) throws SQLException {
        run("DROP INDEX device_name_trgm");
        run("DROP INDEX device_token_trgm");
        work.run();
        run("CREATE INDEX device_name_trgm ON device USING gin (lower(name) gin_trgm_ops)");
        run("CREATE INDEX device_token_trgm ON device USING gin (lower(token) gin_trgm_ops)");
    }

    /** What autovacuum would reach soon after a bulk load: statistics, and the visibility map index-only scans need. */
    void analyze() throws SQLException {
        run("VACUUM ANALYZE");
    }

    long bigOrgId() throws SQLException {
        return single("SELECT id FROM bench_org WHERE idx = 0");
    }

    long userId(int ordinal) throws SQLException {
        return single("SELECT id FROM bench_user WHERE g = " + ordinal);
    }

    long templateId() throws SQLException {
        return single("SELECT id FROM bench_template WHERE idx = 0");
    }

    long single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String ids(String sql) throws SQLException {
        StringBuilder ids = new StringBuilder();
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.append(ids.isEmpty() ? "" : ",").append(rs.getLong(1));
            }
        }
        return ids.toString();
    }

    private void run(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    /** SQL work that may fail. */
    interface SqlWork {
        void run() throws SQLException;
    }
}
