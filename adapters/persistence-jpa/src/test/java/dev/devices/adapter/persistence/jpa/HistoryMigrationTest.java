package dev.devices.adapter.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.embedded.Rows;
import dev.devices.embedded.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The upgrade to partitioned history (V10) and the kept lifecycle entry (V11) over a database that
 * already holds rows, as a running installation has: every row survives, in its week's partition, or
 * in DEFAULT when older than the weeks V10 creates; ids go on from the old ones; each device's newest
 * lifecycle entry is the one kept, also when an instance of the previous version writes the entry.
 */
class HistoryMigrationTest {

    private static final long DAY = 24L * 60 * 60 * 1000;

    @Test
    void theUpgradeKeepsEveryRowInItsWeekAndTheNewestLifecycleEntry() throws Exception {
        try (TestDatabase database = TestDatabase.create();
             Connection sql = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            migrate(database, "9");
            long now = System.currentTimeMillis();
            int org = id(sql, "INSERT INTO organization (path, name, tz, last_modified_ts) VALUES ('/', 'Root', 'UTC', 0) RETURNING id");
            int template = id(sql, "INSERT INTO template (org_id, name, heartbeat_seconds, created_at) VALUES (" + org + ", 'T', 60, 0) RETURNING id");
            int provisioned = id(sql, "INSERT INTO template_event (template_id, name, event_code, type) VALUES (" + template
                    + ", 'Provisioned', 'provisioned', 'LIFECYCLE') RETURNING id");
            int retired = id(sql, "INSERT INTO template_event (template_id, name, event_code, type) VALUES (" + template
                    + ", 'Retired', 'retired', 'LIFECYCLE') RETURNING id");
            int stream = id(sql, "INSERT INTO template_datastream (template_id, label, pin, type) VALUES (" + template
                    + ", 'Temperature', 'v1', 'DOUBLE') RETURNING id");
            int device = id(sql, "INSERT INTO device (org_id, template_id, original_template_id, name, token, created_at) VALUES ("
                    + org + ", " + template + ", " + template + ", 'Old', 'token-of-an-old-device-00000000', 0) RETURNING id");
            String timeline = "INSERT INTO timeline_event (device_id, org_id, event_id, event_type, ts) VALUES (" + device + ", " + org + ", ";
            id(sql, timeline + provisioned + ", 'LIFECYCLE', " + (now - 200 * DAY) + ") RETURNING id");
            id(sql, timeline + retired + ", 'LIFECYCLE', " + (now - 3 * DAY) + ") RETURNING id");
            long lastOldEntry = id(sql, timeline + "NULL, 'INFORMATION', " + (now - DAY) + ") RETURNING id");
            String log = "INSERT INTO action_log (device_id, org_id, value, pin, pin_type, is_online, created_at) VALUES ("
                    + device + ", " + org + ", '1', 'v1', 'VIRTUAL', true, ";
            id(sql, log + (now - 300 * DAY) + ") RETURNING id");
            id(sql, log + (now - 2 * DAY) + ") RETURNING id");
            String history = "INSERT INTO datastream_history (device_id, datastream_id, value, ts) VALUES (" + device + ", " + stream + ", '20', ";
            id(sql, history + (now - 400 * DAY) + ") RETURNING id");
            id(sql, history + (now - 5 * DAY) + ") RETURNING id");

            migrate(database, "latest");

            for (String table : List.of("timeline_event", "action_log", "datastream_history")) {
                String time = table.equals("action_log") ? "created_at" : "ts";
                List<String> where = column(sql, "SELECT tableoid::regclass::text FROM " + table + " ORDER BY " + time);
                assertThat(where).as(table).hasSize(table.equals("timeline_event") ? 3 : 2);
                assertThat(where.get(0)).as(table + ": older than V10's weeks").isEqualTo(table + "_default");
                assertThat(where.subList(1, where.size())).as(table + ": recent").allMatch(p -> p.startsWith(table + "_p"));
            }
            assertThat(column(sql, "SELECT event_id || ' ' || ts FROM device_lifecycle WHERE device_id = " + device))
                    .containsExactly(retired + " " + (now - 3 * DAY));
            long newEntry = id(sql, timeline + "NULL, 'INFORMATION', " + now + ") RETURNING id");
            assertThat(newEntry).as("ids go on after the copied ones").isGreaterThan(lastOldEntry);

            // an instance still on the previous version writes the timeline alone: its entries count too
            id(sql, timeline + provisioned + ", 'LIFECYCLE', " + (now - DAY) + ") RETURNING id");
            id(sql, timeline + retired + ", 'LIFECYCLE', " + (now - 10 * DAY) + ") RETURNING id");
            assertThat(column(sql, "SELECT event_id || ' ' || ts FROM device_lifecycle WHERE device_id = " + device))
                    .as("the newest entry is kept; a late one with an earlier time is not")
                    .containsExactly(provisioned + " " + (now - DAY));
        }
    }

    private static void migrate(TestDatabase database, String target) {
        Flyway.configure().dataSource(database.jdbcUrl(), database.user(), database.password())
                .locations("classpath:db/migration").target(target).load().migrate();
    }

    private static int id(Connection sql, String insert) throws SQLException {
        List<String> ids = column(sql, insert);
        return Integer.parseInt(ids.get(0));
    }

    private static List<String> column(Connection sql, String query) throws SQLException {
        return Rows.firstColumn(sql, query);
    }
}
