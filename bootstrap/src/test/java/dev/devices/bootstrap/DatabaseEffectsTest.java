package dev.devices.bootstrap;

import static dev.devices.bootstrap.support.Api.as;
import static dev.devices.bootstrap.support.Api.newDevice;
import static dev.devices.bootstrap.support.Api.newOrg;
import static dev.devices.bootstrap.support.Api.newTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.bootstrap.support.Api.Org;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What the calls leave in PostgreSQL: rows written, rows cascaded away, nothing half-written. */
@QuarkusTest
class DatabaseEffectsTest {

    @Inject
    DataSource dataSource;

    @Test
    void createWritesTheDeviceItsMetafieldValuesAndALifecycleEntry() throws SQLException {
        Org org = newOrg();
        int device = newDevice(org.token(), newTemplate(org.token()).get("id"), "Counted");

        assertThat(count("SELECT count(*) FROM device WHERE id = ? AND org_id = " + org.id(), device)).isEqualTo(1);
        // Text is stored; DeviceName and DeviceOwner are derived from the device
        assertThat(count("SELECT count(*) FROM device_metafield_value WHERE device_id = ?", device)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM timeline_event WHERE device_id = ? AND event_type = 'LIFECYCLE'", device))
                .isEqualTo(1);
    }

    @Test
    void deletingADeviceLeavesNoOrphans() throws SQLException {
        Org org = newOrg();
        int device = newDevice(org.token(), newTemplate(org.token()).get("id"), "Cascade");
        int dataStream = as(org.token()).get("/api/v1/organization/templates").then()
                .extract().path("content[0].dataStreams[0].id");
        int tag = as(org.token()).body(Map.of("name", "Doomed")).post("/api/v1/organization/tag/create")
                .then().extract().path("id");
        as(org.token()).body(Map.of("deviceId", device, "tagIds", java.util.List.of(tag)))
                .post("/api/v1/organization/device/tags").then().statusCode(204);
        as(org.token()).body(Map.of("deviceId", device, "dataStreamId", dataStream, "value", 20))
                .post("/api/v1/organization/device/datastream").then().statusCode(204);
        String[] children = {"device_metafield_value", "device_datastream_value", "datastream_history", "timeline_event",
                "action_log", "device_tag"};
        for (String table : children) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE device_id = ?", device)).as(table).isPositive();
        }

        as(org.token()).delete("/api/v1/organization/device?deviceId=" + device).then().statusCode(204);

        assertThat(count("SELECT count(*) FROM device WHERE id = ?", device)).isZero();
        assertThat(count("SELECT count(*) FROM tag WHERE id = ?", tag)).as("the tag itself stays").isEqualTo(1);
        for (String table : children) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE device_id = ?", device)).as(table).isZero();
        }
    }

    @Test
    void theSchemaCascadesDeviceRowsOnDelete() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT count(*) FROM information_schema.referential_constraints r
                     JOIN information_schema.key_column_usage k ON k.constraint_name = r.constraint_name
                     WHERE k.column_name = 'device_id' AND r.delete_rule <> 'CASCADE'""");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            assertThat(rs.getInt(1)).as("foreign keys to device without ON DELETE CASCADE").isZero();
        }
    }

    @Test
    void aRejectedCreateWritesNothing() throws SQLException {
        Org org = newOrg();
        Object template = newTemplate(org.token()).get("id");
        long before = count("SELECT count(*) FROM device WHERE org_id = ?", org.id());
        as(org.token()).body(Map.of("templateId", template, "name", "Orphan", "ownerId", 99999999))
                .post("/api/v1/organization/device/create").then().statusCode(404);
        as(org.token()).body(Map.of("templateId", template, "name", "Bad/name"))
                .post("/api/v1/organization/device/create").then().statusCode(400);
        assertThat(count("SELECT count(*) FROM device WHERE org_id = ?", org.id())).isEqualTo(before);
    }

    @Test
    void secretsAreStoredAsDigestsAndPasswordsAsSlowSaltedHashes() throws SQLException {
        Org org = newOrg();
        as(org.token()).body(Map.of("email", "hash-" + org.id() + "@example.com", "name", "H", "role", "User",
                "password", "plain password")).post("/api/v1/organization/user/create").then().statusCode(201);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT (SELECT secret_hash FROM oauth_client WHERE client_id = ?), "
                             + "(SELECT password_hash FROM app_user WHERE email = ?)")) {
            s.setString(1, org.clientId());
            s.setString(2, "hash-" + org.id() + "@example.com");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                // a generated secret: 256 random bits, a SHA-256 digest is enough; a password: Argon2id
                assertThat(rs.getString(1)).matches("sha256\\$[0-9a-f]{64}").doesNotContain(org.clientSecret());
                assertThat(rs.getString(2)).startsWith("$argon2id$v=19$").doesNotContain("plain password");
            }
        }
    }

    private long count(String sql, long parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
