package dev.devices.bootstrap;

import static dev.devices.bootstrap.support.Api.as;
import static dev.devices.bootstrap.support.Api.newDevice;
import static dev.devices.bootstrap.support.Api.newOrg;
import static dev.devices.bootstrap.support.Api.newSubOrg;
import static dev.devices.bootstrap.support.Api.newTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** D9 online, D10 tags, D11 timeline, D12 logs, D22 metadata, D17/D18 events, tags, D2 expansion. */
@QuarkusTest
class DeviceStateTest {

    private static final String DEVICE = "/api/v1/organization/device";

    @Inject
    DataSource dataSource;

    @Inject
    EntityManagerFactory entityManagerFactory;

    // ---------- D9 ----------

    @Test
    void onlineWhileTheLastDeviceCallIsYoungerThanTheHeartbeat() {
        Db db = new Db(dataSource);
        Org org = newOrg();
        int device = newDevice(org.token(), newTemplate(org.token()).get("id"), "Heartbeat");

        as(org.token()).get(DEVICE + "/online?deviceId=" + device).then().statusCode(200).body("connected", equalTo(false));
        db.update("UPDATE device SET last_seen_at = ? WHERE id = ?", System.currentTimeMillis() - 5_000, device);
        as(org.token()).get(DEVICE + "/online?deviceId=" + device).then().body("connected", equalTo(true));
        db.update("UPDATE device SET last_seen_at = ? WHERE id = ?", System.currentTimeMillis() - 61_000, device);
        as(org.token()).get(DEVICE + "/online?deviceId=" + device).then().body("connected", equalTo(false));
    }

    // ---------- D11, D17, D18 ----------

    @Test
    void triggeredEventsAppearNewestFirstWithTheTemplateEventsType() {
        Org org = newOrg();
        int device = newDevice(org.token(), newTemplate(org.token()).get("id"), "Eventful");
        as(org.token()).body(Map.of("deviceId", device, "eventCode", "too_hot", "eventDescription", "41.5 C"))
                .post(DEVICE + "/trigger-event").then().statusCode(204);

        as(org.token()).get(DEVICE + "/timeline?deviceId=" + device).then().statusCode(200)
                .body("totalElements", equalTo(2))
                .body("content.eventType", contains("WARNING", "LIFECYCLE"))
                .body("content[0].eventCode", equalTo("too_hot"))
                .body("content[0].description", equalTo("41.5 C"))
                .body("content[0].orgId", equalTo(org.id()))
                .body("content[0].isResolved", equalTo(false))
                .body("content[0]", not(hasKey("resolvedAt")))
                .body("content[0].eventId", not(nullValue()));
        as(org.token()).get(DEVICE + "/timeline?deviceId=" + device + "&eventType=LIFECYCLE").then()
                .body("totalElements", equalTo(1)).body("content.eventType", contains("LIFECYCLE"));
        as(org.token()).get(DEVICE + "/timeline?deviceId=" + device + "&size=1&page=1").then()
                .body("totalElements", equalTo(2)).body("content.eventType", contains("LIFECYCLE"));
        as(org.token()).get(DEVICE + "/timeline?deviceId=" + device + "&eventType=PARTY").then().statusCode(400)
                .body("error.message", containsString("eventType must be one of ONLINE"));
    }

    @Test
    void aLifecycleEventBecomesTheLifecycleStatus() {
        Org org = newOrg();
        Object template = as(org.token()).body("""
                {"name": "Lifecycle", "events": [{"name": "Installed", "eventCode": "installed", "type": "LIFECYCLE"},
                                                 {"name": "Retired", "eventCode": "retired", "type": "LIFECYCLE"}]}
                """).post("/api/v1/organization/template/create").then().extract().path("id");
        int device = newDevice(org.token(), template, "Ageing");
        as(org.token()).get(DEVICE + "?deviceId=" + device).then().body("lifecycleStatus.name", equalTo("Installed"));
        as(org.token()).body(Map.of("deviceId", device, "eventCode", "retired")).post(DEVICE + "/trigger-event")
                .then().statusCode(204);
        as(org.token()).get(DEVICE + "/baseInfo?deviceId=" + device).then().body("lifecycleStatus.name", equalTo("Retired"));
    }

    @Test
    void triggerRejectsUnknownCodesAndLongDescriptions() {
        Org org = newOrg();
        int device = newDevice(org.token(), newTemplate(org.token()).get("id"), "Strict");
        as(org.token()).body(Map.of("deviceId", device, "eventCode", "unknown")).post(DEVICE + "/trigger-event")
                .then().statusCode(404).body("error.message", equalTo("Event with provided code is not found."));
        as(org.token()).body(Map.of("deviceId", device, "eventCode", "too_hot", "eventDescription", "x".repeat(301)))
                .post(DEVICE + "/trigger-event").then().statusCode(400).body("error.message", containsString("eventDescription"));
        as(org.token()).body(Map.of("deviceId", device, "eventCode", "too_hot", "eventDescription", "x".repeat(300)))
                .post(DEVICE + "/trigger-event").then().statusCode(204);
        as(org.token()).body(Map.of("deviceId", device)).post(DEVICE + "/trigger-event").then().statusCode(400)
                .body("error.message", equalTo("Field 'eventCode' is required."));
        as(org.token()).body(Map.of("eventCode", "too_hot")).post(DEVICE + "/trigger-event").then().statusCode(400)
                .body("error.message", equalTo("Bad request - invalid device ID: 'deviceId' is required."));
        as(org.token()).get(DEVICE + "/timeline?deviceId=" + device).then().body("totalElements", equalTo(2));
    }

    @Test
    void resolvingAnEventKeepsTheFirstResolution() {
        Org org = newOrg();
        int device = newDevice(org.token(), newTemplate(org.token()).get("id"), "Resolvable");
        as(org.token()).body(Map.of("deviceId", device, "eventCode", "too_hot")).post(DEVICE + "/trigger-event");
        int entry = as(org.token()).get(DEVICE + "/timeline?deviceId=" + device).then().extract().path("content[0].id");

        as(org.token()).body(Map.of("deviceId", device, "logEventId", entry, "comment", "fan replaced"))
                .post(DEVICE + "/resolve-event").then().statusCode(204);
        as(org.token()).body(Map.of("deviceId", device, "logEventId", entry, "comment", "second try"))
                .post(DEVICE + "/resolve-event").then().statusCode(204);
        as(org.token()).get(DEVICE + "/timeline?deviceId=" + device).then()
                .body("content[0].isResolved", equalTo(true))
                .body("content[0].resolvedComment", equalTo("fan replaced"))
                .body("content[0].resolvedAt", not(nullValue()));

        as(org.token()).body(Map.of("deviceId", device, "logEventId", 99999999)).post(DEVICE + "/resolve-event")
                .then().statusCode(404).body("error.message", equalTo("Timeline event is not found."));
        as(org.token()).body(Map.of("deviceId", device, "logEventId", entry, "comment", "x".repeat(1001)))
                .post(DEVICE + "/resolve-event").then().statusCode(400).body("error.message", containsString("comment"));
        int other = newDevice(org.token(), newTemplate(org.token()).get("id"), "Other");
        as(org.token()).body(Map.of("deviceId", other, "logEventId", entry)).post(DEVICE + "/resolve-event")
                .then().statusCode(404);
    }

    // ---------- tags ----------

    @Test
    void tagsAreCreatedListedWithAncestorsAndSetOnDevices() {
        Org parent = newOrg();
        Org child = newSubOrg(parent);
        int parentTag = as(parent.token()).body(Map.of("name", "Fleet", "color", "#1E90FF"))
                .post("/api/v1/organization/tag/create").then().statusCode(201)
                .body("name", equalTo("Fleet")).body("color", equalTo("#1E90FF")).extract().path("id");
        int childTag = as(child.token()).body(Map.of("name", "Basement"))
                .post("/api/v1/organization/tag/create").then().statusCode(201).extract().path("id");
        as(child.token()).get("/api/v1/organization/tags").then().statusCode(200).body("id", contains(parentTag, childTag));
        as(parent.token()).get("/api/v1/organization/tags").then().body("id", contains(parentTag));
        as(parent.token()).get("/api/v1/organization/tags?orgId=" + child.id()).then().body("id", contains(parentTag, childTag));

        int device = newDevice(child.token(), newTemplate(child.token()).get("id"), "Tagged");
        as(child.token()).get(DEVICE + "/tags?deviceId=" + device).then().statusCode(200).body("$", hasSize(0));
        as(child.token()).body(Map.of("deviceId", device, "tagIds", List.of(parentTag, childTag)))
                .post("/api/v1/organization/device/tags").then().statusCode(204);
        as(child.token()).get(DEVICE + "/tags?deviceId=" + device).then()
                .body("id", contains(parentTag, childTag))
                .body("tagOwnerOrgId", contains(parent.id(), child.id()))
                .body("name", contains("Fleet", "Basement"));
        as(child.token()).body(Map.of("deviceId", device, "tagIds", List.of(childTag)))
                .post("/api/v1/organization/device/tags").then().statusCode(204);
        as(child.token()).get(DEVICE + "/tags?deviceId=" + device).then().body("id", contains(childTag));
    }

    @Test
    void tagRulesAreEnforced() {
        Org org = newOrg();
        Org sibling = newOrg();
        int device = newDevice(org.token(), newTemplate(org.token()).get("id"), "Limits");
        List<Integer> six = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(as(org.token()).body(Map.of("name", "T" + i)).post("/api/v1/organization/tag/create")
                    .then().statusCode(201).extract().path("id"));
        }
        int foreign = as(sibling.token()).body(Map.of("name", "Foreign")).post("/api/v1/organization/tag/create")
                .then().extract().path("id");

        as(org.token()).body(Map.of("deviceId", device, "tagIds", six)).post("/api/v1/organization/device/tags")
                .then().statusCode(400).body("error.message", equalTo("A device can have at most 5 tags."));
        as(org.token()).body(Map.of("deviceId", device, "tagIds", List.of(foreign)))
                .post("/api/v1/organization/device/tags").then().statusCode(404).body("error.message", equalTo("Tag is not found."));
        as(org.token()).body(Map.of("deviceId", device, "tagIds", List.of(99999999)))
                .post("/api/v1/organization/device/tags").then().statusCode(404);
        as(org.token()).get(DEVICE + "/tags?deviceId=" + device).then().body("$", hasSize(0));
        as(org.token()).body(Map.of("name", "t0")).post("/api/v1/organization/tag/create").then().statusCode(409);
        as(org.token()).body(Map.of("name", "Red", "color", "red")).post("/api/v1/organization/tag/create")
                .then().statusCode(400).body("error.message", containsString("color"));
        as(org.token()).body(Map.of("color", "#fff")).post("/api/v1/organization/tag/create").then().statusCode(400);
        as(org.token()).body(Map.of("deviceId", device)).post("/api/v1/organization/device/tags").then().statusCode(400)
                .body("error.message", equalTo("Field 'tagIds' is required."));
    }

    // ---------- D2 ----------

    @Test
    void v2ExpandsWhatIsAskedForWithAFixedNumberOfQueries() {
        Org org = newOrg();
        Object template = newTemplate(org.token()).get("id");
        int dataStream = as(org.token()).get("/api/v1/organization/templates").then()
                .extract().path("content[0].dataStreams[0].id");
        for (int i = 0; i < 2; i++) {
            int device = newDevice(org.token(), template, "V2 " + i);
            as(org.token()).body(Map.of("deviceId", device, "dataStreamId", dataStream, "value", 20 + i))
                    .post(DEVICE + "/datastream").then().statusCode(204);
        }
        String v2 = "/api/v2/organization/devices";
        as(org.token()).get(v2).then().statusCode(200).body("totalElements", equalTo(2))
                .body("content[0]", not(hasKey("dataStreamValues"))).body("content[0]", not(hasKey("metaFieldValues")));
        as(org.token()).get(v2 + "?include=dataStreamValues,metaFieldValues,hardwareInfo").then().statusCode(200)
                .body("content[0].dataStreamValues[0].value", equalTo(20.0f))
                .body("content[1].dataStreamValues[0].pin", equalTo("v1"))
                .body("content[0].metaFieldValues.name", contains("Serial", "Name", "Owner"))
                .body("content[1].metaFieldValues[1].value.value", equalTo("V2 1"));
        as(org.token()).get(v2 + "?include=everything").then().statusCode(400).body("error.message", containsString("include"));

        long twoDevices = statementsFor(org.token(), v2 + "?include=dataStreamValues,metaFieldValues");
        assertThat(twoDevices).as("statements are counted").isPositive();
        for (int i = 2; i < 12; i++) {
            newDevice(org.token(), template, "V2 " + i);
        }
        long twelveDevices = statementsFor(org.token(), v2 + "?include=dataStreamValues,metaFieldValues");
        assertThat(twelveDevices).as("statements for 12 devices vs 2").isEqualTo(twoDevices);
    }

    private long statementsFor(String token, String path) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        as(token).get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    // ---------- D22 and the reach rule for all of these ----------

    @Test
    void metadataListsEveryMetafieldOfTheTemplate() {
        Org org = newOrg();
        int device = newDevice(org.token(), newTemplate(org.token()).get("id"), "Meta");
        as(org.token()).get(DEVICE + "/metafield?deviceId=" + device).then().statusCode(200)
                .body("name", contains("Serial", "Name", "Owner"))
                .body("[0].isMandatory", equalTo(true))
                .body("[0].includeInProvision", equalTo(false))
                .body("[1].value", equalTo(Map.of("type", "DeviceName", "value", "Meta")));
    }

    @Test
    void everyStateReadAnswers404OutsideTheReachAnd400ForABadId() {
        Org owner = newOrg();
        Org sibling = newOrg();
        Org child = newSubOrg(owner);
        int device = newDevice(owner.token(), newTemplate(owner.token()).get("id"), "Hidden");
        for (String read : List.of("/online", "/tags", "/timeline", "/logs", "/metafield", "/datastreams")) {
            for (Org outsider : List.of(sibling, child)) {
                as(outsider.token()).get(DEVICE + read + "?deviceId=" + device).then().statusCode(404)
                        .body("error.message", equalTo(dev.devices.bootstrap.support.Api.notFoundMessage(device)));
            }
            as(owner.token()).get(DEVICE + read + "?deviceId=abc").then().statusCode(400)
                    .body("error.message", containsString("invalid device ID"));
            as(owner.token()).get(DEVICE + read + "?deviceId=" + device).then().statusCode(200);
        }
    }
}
