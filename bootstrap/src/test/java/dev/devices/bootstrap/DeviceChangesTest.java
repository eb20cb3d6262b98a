package dev.devices.bootstrap;

import static dev.devices.bootstrap.support.Api.as;
import static dev.devices.bootstrap.support.Api.newDevice;
import static dev.devices.bootstrap.support.Api.newOrg;
import static dev.devices.bootstrap.support.Api.newSubOrg;
import static dev.devices.bootstrap.support.Api.newTemplate;
import static dev.devices.bootstrap.support.Api.newUser;
import static dev.devices.bootstrap.support.Api.notFoundMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** D13-D16, D23 and the datastream calls: what changes, what stays, and that failures change nothing. */
@QuarkusTest
class DeviceChangesTest {

    private static final String DEVICE = "/api/v1/organization/device";

    @Inject
    DataSource dataSource;

    // ---------- D13 to owner ----------

    @Test
    void transferToAnOwnerMovesTheDeviceIntoTheOwnersOrganization() {
        Org parent = newOrg();
        Org child = newSubOrg(parent);
        int device = newDevice(parent.token(), newTemplate(parent.token()).get("id"), "Gift");
        String email = "new-owner-" + UUID.randomUUID() + "@example.com";
        long owner = ((Number) as(parent.token()).body(Map.of("email", email, "name", "N", "role", "User", "orgId", child.id()))
                .post("/api/v1/organization/user/create").then().extract().path("id")).longValue();

        as(parent.token()).body(Map.of("deviceId", device, "newUserId", owner)).post(DEVICE + "/transfer/to-owner")
                .then().statusCode(204);
        as(parent.token()).get(DEVICE + "?deviceId=" + device).then()
                .body("orgId", equalTo(child.id())).body("ownerUserId", equalTo((int) owner));
        as(child.token()).get(DEVICE + "/timeline?deviceId=" + device + "&eventType=INFORMATION").then()
                .body("totalElements", equalTo(1)).body("content[0].description", containsString(email));

        as(parent.token()).body(Map.of("deviceId", device, "newUserId", owner)).post(DEVICE + "/transfer/to-owner")
                .then().statusCode(400).body("error.message", equalTo("Can't transfer to the same owner"));
    }

    @Test
    void transferToOwnerFailuresChangeNothing() {
        Db db = new Db(dataSource);
        Org org = newOrg();
        Org sibling = newOrg();
        int device = newDevice(org.token(), newTemplate(org.token()).get("id"), "Stays");
        long inactive = ((Number) as(org.token()).body(Map.of("email", "inactive-" + UUID.randomUUID() + "@example.com",
                "name", "I", "role", "User", "status", "Inactive")).post("/api/v1/organization/user/create")
                .then().extract().path("id")).longValue();
        long stranger = newUser(sibling.token(), null, "User");
        String path = DEVICE + "/transfer/to-owner";

        as(org.token()).body(Map.of("deviceId", device, "newUserId", inactive)).post(path).then().statusCode(400)
                .body("error.message", equalTo("The new owner is not an active user."));
        as(org.token()).body(Map.of("deviceId", device, "newUserId", stranger)).post(path).then().statusCode(404)
                .body("error.message", equalTo("User is not found or you don't have access to him."));
        as(org.token()).body(Map.of("deviceId", device, "newUserId", 99999999)).post(path).then().statusCode(404);
        as(org.token()).body(Map.of("deviceId", device)).post(path).then().statusCode(400)
                .body("error.message", equalTo("Field 'newUserId' is required."));
        as(org.token()).body(Map.of("deviceId", "x", "newUserId", 1)).post(path).then().statusCode(400);

        as(org.token()).get(DEVICE + "?deviceId=" + device).then().body("orgId", equalTo(org.id()))
                .body("$", not(hasKey("ownerUserId")));
        assertThat(db.count("SELECT count(*) FROM timeline_event WHERE device_id = ? AND event_type = 'INFORMATION'", device))
                .isZero();
    }

    // ---------- D14 to organization, D13b ----------

    @Test
    void transferToAnOrganizationDropsAnOwnerWhoDoesNotBelongThere() {
        Org parent = newOrg();
        Org child = newSubOrg(parent);
        Object template = newTemplate(parent.token()).get("id");
        long owner = newUser(parent.token(), null, "User");
        int device = as(parent.token()).body(Map.of("templateId", template, "name", "Moving", "ownerId", owner))
                .post(DEVICE + "/create").then().extract().path("id");

        as(parent.token()).body(Map.of("deviceId", device, "newOrgId", child.id())).post(DEVICE + "/transfer/to-organization")
                .then().statusCode(204);
        as(child.token()).get(DEVICE + "?deviceId=" + device).then()
                .body("orgId", equalTo(child.id())).body("$", not(hasKey("ownerUserId")));
        as(child.token()).get(DEVICE + "/timeline?deviceId=" + device + "&eventType=INFORMATION").then()
                .body("content[0].description", containsString("removed"))
                .body("content[0].description", containsString(String.valueOf(child.id())));
    }

    @Test
    void transferToOrganizationErrors() {
        Org org = newOrg();
        Org child = newSubOrg(org);
        Org sibling = newOrg();
        int device = newDevice(org.token(), newTemplate(org.token()).get("id"), "Anchored");
        int childOwned = newDevice(child.token(), newTemplate(child.token()).get("id"), "Child template");
        String path = DEVICE + "/transfer/to-organization";
        String destination = "Destination organization is not found or you don't have access to it.";

        as(org.token()).body(Map.of("deviceId", device, "newOrgId", sibling.id())).post(path).then().statusCode(404)
                .body("error.message", equalTo(destination));
        as(org.token()).body(Map.of("deviceId", device, "newOrgId", 99999999)).post(path).then().statusCode(404)
                .body("error.message", equalTo(destination));
        as(org.token()).body(Map.of("deviceId", device, "newOrgId", org.id())).post(path).then().statusCode(400)
                .body("error.message", equalTo("The device already belongs to this organization."));
        // a device made from the child's own template cannot move up to where that template is not usable
        as(org.token()).body(Map.of("deviceId", childOwned, "newOrgId", org.id())).post(path).then().statusCode(400)
                .body("error.message", equalTo("The device's template is not available in the destination organization."));
        as(org.token()).get(DEVICE + "?deviceId=" + childOwned).then().body("orgId", equalTo(child.id()));
    }

    @Test
    void theCombinedTransferPrefersTheNewOwner() {
        Org parent = newOrg();
        Org child = newSubOrg(parent);
        Org other = newSubOrg(parent);
        int device = newDevice(parent.token(), newTemplate(parent.token()).get("id"), "Combined");
        long owner = newUser(parent.token(), child.id(), "User");

        as(parent.token()).body(Map.of("deviceId", device, "newUserId", owner, "newOrgId", other.id()))
                .post(DEVICE + "/transfer").then().statusCode(204);
        as(parent.token()).get(DEVICE + "?deviceId=" + device).then().body("orgId", equalTo(child.id()));
        as(parent.token()).body(Map.of("deviceId", device, "newOrgId", other.id())).post(DEVICE + "/transfer")
                .then().statusCode(204);
        as(parent.token()).get(DEVICE + "?deviceId=" + device).then().body("orgId", equalTo(other.id()));
        as(parent.token()).body(Map.of("deviceId", device)).post(DEVICE + "/transfer").then().statusCode(400)
                .body("error.message", equalTo("One of 'newUserId' or 'newOrgId' is required."));
    }

    // ---------- D15 ----------

    @Test
    void removingTheOwnerIsRecordedOnceAndIsIdempotent() {
        Db db = new Db(dataSource);
        Org org = newOrg();
        long owner = newUser(org.token(), null, "User");
        int device = as(org.token()).body(Map.of("templateId", newTemplate(org.token()).get("id"), "name", "Owned",
                "ownerId", owner)).post(DEVICE + "/create").then().extract().path("id");

        as(org.token()).delete(DEVICE + "/owner?deviceId=" + device).then().statusCode(204);
        as(org.token()).delete(DEVICE + "/owner?deviceId=" + device).then().statusCode(204);
        as(org.token()).get(DEVICE + "?deviceId=" + device).then().body("$", not(hasKey("ownerUserId")));
        assertThat(db.count("SELECT count(*) FROM timeline_event WHERE device_id = ? AND event_type = 'INFORMATION'", device))
                .isEqualTo(1);
        as(org.token()).delete(DEVICE + "/owner").then().statusCode(400);
    }

    // ---------- D16 ----------

    @Test
    void clearErasesDataAndKeepsIdentity() {
        Db db = new Db(dataSource);
        Org org = newOrg();
        long owner = newUser(org.token(), null, "User");
        int device = as(org.token()).body(Map.of("templateId", newTemplate(org.token()).get("id"), "name", "Busy",
                "ownerId", owner)).post(DEVICE + "/create").then().extract().path("id");
        var detail = as(org.token()).get(DEVICE + "?deviceId=" + device).then().extract().jsonPath();
        int dataStream = as(org.token()).get("/api/v1/organization/templates").then().extract().path("content[0].dataStreams[0].id");
        int serial = detail.getInt("metaFieldValues[0].id");
        int tag = as(org.token()).body(Map.of("name", "Keep")).post("/api/v1/organization/tag/create").then().extract().path("id");
        as(org.token()).body(Map.of("deviceId", device, "tagIds", List.of(tag))).post("/api/v1/organization/device/tags");
        as(org.token()).body(Map.of("deviceId", device, "metaFieldId", serial, "newValue", "SN-1")).post(DEVICE + "/metafield");
        as(org.token()).body(Map.of("deviceId", device, "dataStreamId", dataStream, "value", 21.5)).post(DEVICE + "/datastream");
        as(org.token()).body(Map.of("deviceId", device, "eventCode", "too_hot")).post(DEVICE + "/trigger-event");
        db.update("UPDATE device SET activated_at = 5, first_connect_time = 5, connect_time = 6, disconnect_time = 7,"
                + " last_seen_at = 8, ip = '10.0.0.1', last_received_event_at = 9 WHERE id = ?", device);

        as(org.token()).delete(DEVICE + "/clear?deviceId=" + device).then().statusCode(204);

        as(org.token()).get(DEVICE + "?deviceId=" + device).then().statusCode(200)
                .body("name", equalTo("Busy")).body("token", equalTo(detail.getString("token")))
                .body("ownerUserId", equalTo((int) owner))
                .body("dataStreamValues", hasSize(0))
                .body("metaFieldValues[0].value.value", equalTo("SN-1"))
                .body("activatedAt", equalTo(5))
                .body("$", not(hasKey("firstConnectTime"))).body("$", not(hasKey("connectTime")))
                .body("$", not(hasKey("disconnectTime"))).body("$", not(hasKey("ip")))
                .body("$", not(hasKey("lastReceivedEventAt")));
        as(org.token()).get(DEVICE + "/tags?deviceId=" + device).then().body("id", contains(tag));
        as(org.token()).get(DEVICE + "/logs?deviceId=" + device).then().body("totalElements", equalTo(0));
        as(org.token()).get(DEVICE + "/timeline?deviceId=" + device).then().body("totalElements", equalTo(1))
                .body("content[0].description", equalTo("Device data cleared"));
        assertThat(db.count("SELECT count(*) FROM datastream_history WHERE device_id = ?", device)).isZero();
        assertThat(db.count("SELECT count(*) FROM device WHERE id = ? AND last_seen_at IS NULL", device)).isEqualTo(1);
    }

    // ---------- D23 ----------

    @Test
    void metafieldValuesAreCheckedByType() {
        Org org = newOrg();
        var template = as(org.token()).body("""
                {"name": "Typed", "metaFields": [
                  {"name": "Text", "type": "Text"}, {"name": "Num", "type": "Number", "min": 0, "max": 10},
                  {"name": "Mail", "type": "Email"}, {"name": "Pick", "type": "List", "options": ["A", "B"]},
                  {"name": "Where", "type": "Coordinates"}, {"name": "Who", "type": "Contact"},
                  {"name": "Called", "type": "DeviceName"}, {"name": "Owner", "type": "DeviceOwner"}]}
                """).post("/api/v1/organization/template/create").then().statusCode(201).extract().jsonPath();
        int device = newDevice(org.token(), template.getInt("id"), "Typed device");
        List<Integer> ids = template.getList("metaFields.id");
        String path = DEVICE + "/metafield";
        String invalid = "The provided value for metafield is invalid.";
        Object[][] accepted = {
                {0, "SN-42", Map.of("type", "Text", "value", "SN-42")},
                {1, 7.5, Map.of("type", "Number", "value", 7.5f)},
                {2, "ops@example.com", Map.of("type", "Email", "value", "ops@example.com")},
                {3, "B", Map.of("type", "List", "selectedOption", "B")},
                {4, Map.of("lat", 50.45, "lon", 30.52), Map.of("type", "Coordinates", "lat", 50.45f, "lon", 30.52f)},
                {5, Map.of("firstName", "Ann", "email", "ann@example.com"),
                        Map.of("type", "Contact", "firstName", "Ann", "email", "ann@example.com")},
        };
        for (Object[] ok : accepted) {
            as(org.token()).body(Map.of("deviceId", device, "metaFieldId", ids.get((Integer) ok[0]), "newValue", ok[1]))
                    .post(path).then().statusCode(204);
            as(org.token()).get(path + "?deviceId=" + device).then().body("[" + ok[0] + "].value", equalTo(ok[2]));
        }
        Object[][] rejected = {
                {0, "x".repeat(256)}, {0, 5}, {1, 11}, {1, "7"}, {2, "not-an-email"}, {3, "C"},
                {4, Map.of("lat", 91, "lon", 0)}, {4, "50,30"}, {5, Map.of("email", "nope")}, {6, "Bad/Name"},
        };
        for (Object[] bad : rejected) {
            as(org.token()).body(Map.of("deviceId", device, "metaFieldId", ids.get((Integer) bad[0]), "newValue", bad[1]))
                    .post(path).then().statusCode(400).body("error.message", equalTo(invalid));
        }
        as(org.token()).get(path + "?deviceId=" + device).then().body("[0].value.value", equalTo("SN-42"));

        as(org.token()).body(Map.of("deviceId", device, "metaFieldId", ids.get(6), "newValue", "Renamed"))
                .post(path).then().statusCode(204);
        as(org.token()).get(DEVICE + "?deviceId=" + device).then().body("name", equalTo("Renamed"));
        as(org.token()).body(Map.of("deviceId", device, "metaFieldId", ids.get(7), "newValue", "x@example.com"))
                .post(path).then().statusCode(400).body("error.message", containsString("read-only"));
        as(org.token()).body(Map.of("deviceId", device, "metaFieldId", 99999999, "newValue", "x"))
                .post(path).then().statusCode(404).body("error.message", equalTo("Meta field is not found."));
        as(org.token()).body(Map.of("deviceId", device, "metaFieldId", ids.get(0))).post(path).then().statusCode(400)
                .body("error.message", equalTo("Field 'newValue' is required."));
    }

    // ---------- datastreams ----------

    @Test
    void datastreamWritesAreTypedLoggedAndAllOrNothing() {
        Db db = new Db(dataSource);
        Org org = newOrg();
        var template = as(org.token()).body("""
                {"name": "Streams", "dataStreams": [
                  {"label": "Count", "pin": "v0", "type": "Integer", "min": 0, "max": 100},
                  {"label": "Temp", "pin": "v1", "type": "Double", "min": -40, "max": 80},
                  {"label": "Mode", "pin": "v2", "type": "String"},
                  {"label": "Pos", "pin": "v3", "type": "Location"}]}
                """).post("/api/v1/organization/template/create").then().statusCode(201).extract().jsonPath();
        int device = newDevice(org.token(), template.getInt("id"), "Streaming");
        List<Integer> ds = template.getList("dataStreams.id");

        as(org.token()).body(Map.of("deviceId", device, "values", Map.of(
                        String.valueOf(ds.get(0)), 42, String.valueOf(ds.get(1)), 21.5,
                        String.valueOf(ds.get(2)), "eco", String.valueOf(ds.get(3)), List.of(30.52, 50.45))))
                .post(DEVICE + "/datastreams").then().statusCode(204);
        as(org.token()).get(DEVICE + "/datastreams?deviceId=" + device).then().statusCode(200)
                .body("v0", equalTo(42)).body("v1", equalTo(21.5f)).body("v2", equalTo("eco"))
                .body("v3", contains(30.52f, 50.45f));
        as(org.token()).get(DEVICE + "/datastreams?deviceId=" + device + "&pins=v2").then()
                .body("keySet()", contains("v2"));
        as(org.token()).get(DEVICE + "/logs?deviceId=" + device).then().body("totalElements", equalTo(4))
                .body("content[0].pinType", equalTo("VIRTUAL")).body("content[0].isOnline", equalTo(false))
                .body("content[0]", not(hasKey("triggerUserEmail")));

        Object[][] rejected = {{0, 1.5}, {0, 101}, {0, "1"}, {1, 80.5}, {1, "hot"}, {2, 5}, {3, List.of(200, 0)}, {3, 5}};
        for (Object[] bad : rejected) {
            as(org.token()).body(Map.of("deviceId", device, "dataStreamId", ds.get((Integer) bad[0]), "value", bad[1]))
                    .post(DEVICE + "/datastream").then().statusCode(400).body("error.message", containsString("is invalid"));
        }
        // one bad value in a batch: nothing of the batch is written
        as(org.token()).body(Map.of("deviceId", device, "values", Map.of(
                        String.valueOf(ds.get(0)), 7, String.valueOf(ds.get(1)), 999)))
                .post(DEVICE + "/datastreams").then().statusCode(400);
        as(org.token()).get(DEVICE + "/datastreams?deviceId=" + device + "&pins=v0").then().body("v0", equalTo(42));
        assertThat(db.count("SELECT count(*) FROM action_log WHERE device_id = ?", device)).isEqualTo(4);
        assertThat(db.count("SELECT count(*) FROM datastream_history WHERE device_id = ?", device)).isEqualTo(4);

        as(org.token()).body(Map.of("deviceId", device, "dataStreamId", 99999999, "value", 1)).post(DEVICE + "/datastream")
                .then().statusCode(404).body("error.message", equalTo("Datastream is not found."));
        as(org.token()).get(DEVICE + "/datastreams?deviceId=" + device + "&pins=v9").then().statusCode(400)
                .body("error.message", containsString("v9"));
        as(org.token()).get(DEVICE + "/datastreams?deviceId=" + device + "&pins=x1").then().statusCode(400);
        as(org.token()).body(Map.of("deviceId", device, "values", Map.of())).post(DEVICE + "/datastreams").then()
                .statusCode(400);
    }

    // ---------- reach ----------

    @Test
    void everyChangeAnswers404OutsideTheReachAndChangesNothing() {
        Org owner = newOrg();
        Org sibling = newOrg();
        Org child = newSubOrg(owner);
        int device = newDevice(owner.token(), newTemplate(owner.token()).get("id"), "Guarded");
        for (Org outsider : List.of(sibling, child)) {
            long user = newUser(outsider.token(), null, "User");
            String message = notFoundMessage(device);
            as(outsider.token()).body(Map.of("deviceId", device, "newUserId", user)).post(DEVICE + "/transfer/to-owner")
                    .then().statusCode(404).body("error.message", equalTo(message));
            as(outsider.token()).body(Map.of("deviceId", device, "newOrgId", outsider.id()))
                    .post(DEVICE + "/transfer/to-organization").then().statusCode(404).body("error.message", equalTo(message));
            as(outsider.token()).body(Map.of("deviceId", device, "newOrgId", outsider.id())).post(DEVICE + "/transfer")
                    .then().statusCode(404).body("error.message", equalTo(message));
            as(outsider.token()).delete(DEVICE + "/owner?deviceId=" + device).then().statusCode(404)
                    .body("error.message", equalTo(message));
            as(outsider.token()).delete(DEVICE + "/clear?deviceId=" + device).then().statusCode(404)
                    .body("error.message", equalTo(message));
            as(outsider.token()).body(Map.of("deviceId", device, "eventCode", "too_hot")).post(DEVICE + "/trigger-event")
                    .then().statusCode(404).body("error.message", equalTo(message));
            as(outsider.token()).body(Map.of("deviceId", device, "logEventId", 1)).post(DEVICE + "/resolve-event")
                    .then().statusCode(404).body("error.message", equalTo(message));
            as(outsider.token()).body(Map.of("deviceId", device, "metaFieldId", 1, "newValue", "x")).post(DEVICE + "/metafield")
                    .then().statusCode(404).body("error.message", equalTo(message));
            as(outsider.token()).body(Map.of("deviceId", device, "dataStreamId", 1, "value", 1)).post(DEVICE + "/datastream")
                    .then().statusCode(404).body("error.message", equalTo(message));
            as(outsider.token()).body(Map.of("deviceId", device, "values", Map.of("1", 1))).post(DEVICE + "/datastreams")
                    .then().statusCode(404).body("error.message", equalTo(message));
            as(outsider.token()).body(Map.of("deviceId", device, "tagIds", List.of())).post("/api/v1/organization/device/tags")
                    .then().statusCode(404).body("error.message", equalTo(message));
        }
        as(owner.token()).get(DEVICE + "/timeline?deviceId=" + device).then().body("totalElements", equalTo(1));
        as(owner.token()).get(DEVICE + "?deviceId=" + device).then().body("orgId", equalTo(owner.id()));
    }
}
