package dev.devices.bootstrap;

import static dev.devices.bootstrap.support.Api.as;
import static dev.devices.bootstrap.support.Api.newOrg;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.devices.application.port.in.RecordDisconnectionsUseCase;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A simulated device over the device-facing HTTP API, seen through the platform API. */
@QuarkusTest
class DeviceSideTest {

    private static final String DEVICE = "/api/v1/organization/device";
    private static final String EXTERNAL = "/external/api";

    @Inject
    RecordDisconnectionsUseCase disconnections;

    @Inject
    DataSource dataSource;

    @Test
    void connectDataEventSilenceReconnect() throws Exception {
        Org org = newOrg();
        int device = newDevice(org, 1);
        String token = tokenOf(org, device);
        long start = System.currentTimeMillis();

        // first call: activated, connected, value stored, ONLINE recorded
        given().get(EXTERNAL + "/update?token=" + token + "&v1=23.5&v2=eco").then().statusCode(200);
        JsonPath detail = as(org.token()).get(DEVICE + "?deviceId=" + device).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getLong("activatedAt")).isBetween(start, System.currentTimeMillis());
        assertThat(detail.getLong("firstConnectTime")).isEqualTo(detail.getLong("activatedAt"));
        assertThat(detail.getLong("connectTime")).isEqualTo(detail.getLong("activatedAt"));
        assertThat(detail.getString("ip")).isEqualTo("127.0.0.1");
        assertThat(detail.getFloat("dataStreamValues.find { it.pin == 'v1' }.value")).isEqualTo(23.5f);
        as(org.token()).get(DEVICE + "/online?deviceId=" + device).then().body("connected", equalTo(true));
        given().get(EXTERNAL + "/isHardwareConnected?token=" + token).then().statusCode(200).body(equalTo("true"));
        given().get(EXTERNAL + "/get?token=" + token + "&v1").then().statusCode(200).body(equalTo("23.5"));
        given().get(EXTERNAL + "/get?token=" + token).then().statusCode(200)
                .body("v1", equalTo(23.5f)).body("v2", equalTo("eco"));

        // an event and hardware info
        given().get(EXTERNAL + "/logEvent?token=" + token + "&code=too_hot&description=41C").then().statusCode(200);
        given().contentType("application/json").body(Map.of("version", "1.2.0", "boardType", "ESP32", "build", "b7"))
                .post(EXTERNAL + "/hardwareInfo?token=" + token).then().statusCode(200);
        as(org.token()).get(DEVICE + "?deviceId=" + device).then()
                .body("hardwareInfo.version", equalTo("1.2.0")).body("hardwareInfo.boardType", equalTo("ESP32"))
                .body("firmwareUpdatedAt", notNullValue()).body("lastReceivedEventAt", notNullValue());
        as(org.token()).get(DEVICE + "/timeline?deviceId=" + device).then()
                .body("content.eventType", contains("WARNING", "ONLINE", "LIFECYCLE"))
                .body("content[0].description", equalTo("41C"));
        as(org.token()).get("/api/v1/organization/device/last-activated").then().body("id", contains(device));

        // silence longer than the heartbeat (1 s): offline, recorded once by the sweep
        Thread.sleep(1_200);
        as(org.token()).get(DEVICE + "/online?deviceId=" + device).then().body("connected", equalTo(false));
        assertThat(disconnections.recordDisconnections()).isGreaterThanOrEqualTo(1);
        disconnections.recordDisconnections();
        JsonPath offline = as(org.token()).get(DEVICE + "?deviceId=" + device).then().extract().jsonPath();
        // offline from the moment the heartbeat ran out after the last call
        assertThat(offline.getLong("disconnectTime")).isGreaterThanOrEqualTo(offline.getLong("connectTime") + 1_000);
        as(org.token()).get(DEVICE + "/timeline?deviceId=" + device + "&eventType=OFFLINE").then()
                .body("totalElements", equalTo(1));

        // reconnect: ONLINE again, connectTime moves, first connect stays
        given().get(EXTERNAL + "/update?token=" + token + "&v1=24").then().statusCode(200);
        JsonPath back = as(org.token()).get(DEVICE + "?deviceId=" + device).then().extract().jsonPath();
        assertThat(back.getLong("connectTime")).isGreaterThan(offline.getLong("connectTime"));
        assertThat(back.getLong("firstConnectTime")).isEqualTo(detail.getLong("firstConnectTime"));
        as(org.token()).get(DEVICE + "/timeline?deviceId=" + device + "&eventType=ONLINE").then()
                .body("totalElements", equalTo(2));
        as(org.token()).get(DEVICE + "/online?deviceId=" + device).then().body("connected", equalTo(true));
    }

    @Test
    void sweepsRacingLikeSeveralInstancesRecordEachSilenceOnce() throws Exception {
        Org org = newOrg();
        java.util.List<Integer> devices = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int device = newDevice(org, 1);
            devices.add(device);
            given().get(EXTERNAL + "/update?token=" + tokenOf(org, device) + "&v1=1").then().statusCode(200);
        }
        Thread.sleep(1_200);
        java.util.concurrent.ExecutorService instances = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.List<java.util.concurrent.Future<Integer>> sweeps = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sweeps.add(instances.submit(disconnections::recordDisconnections));
        }
        for (var sweep : sweeps) {
            sweep.get();
        }
        instances.shutdown();
        Db db = new Db(dataSource);
        for (int device : devices) {
            assertThat(db.count("SELECT count(*) FROM timeline_event WHERE device_id = ? AND event_type = 'OFFLINE'", device))
                    .as("OFFLINE entries of device " + device).isEqualTo(1);
        }
    }

    @Test
    void aSweepSkipsADeviceBusyWithItsOwnCallInsteadOfWaitingForIt() throws Exception {
        Org org = newOrg();
        int busy = newDevice(org, 1);
        int idle = newDevice(org, 1);
        given().get(EXTERNAL + "/update?token=" + tokenOf(org, busy) + "&v1=1").then().statusCode(200);
        given().get(EXTERNAL + "/update?token=" + tokenOf(org, idle) + "&v1=1").then().statusCode(200);
        Thread.sleep(1_200);
        Db db = new Db(dataSource);
        String offline = "SELECT count(*) FROM timeline_event WHERE device_id = ? AND event_type = 'OFFLINE'";
        try (java.sql.Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("SELECT id FROM device WHERE id = ? FOR UPDATE")) {
                lock.setInt(1, busy);
                lock.executeQuery().close();
            }
            // a sweep that waited for the held row would never return while the holder keeps it
            java.util.concurrent.CompletableFuture<Integer> sweep =
                    java.util.concurrent.CompletableFuture.supplyAsync(disconnections::recordDisconnections);
            sweep.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(db.count(offline, idle)).isEqualTo(1);
            assertThat(db.count(offline, busy)).as("held: left for the next sweep").isZero();
            holder.rollback();
        }
        disconnections.recordDisconnections();
        assertThat(db.count(offline, busy)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM device WHERE id IN (?, ?) AND offline_check_at IS NULL", busy, idle))
                .as("nothing left to check once recorded").isEqualTo(2);
    }

    @Test
    void aForwardedAddressIsIgnoredUnlessAProxyIsTrusted() {
        Org org = newOrg();
        int device = newDevice(org, 60);
        given().header("X-Forwarded-For", "203.0.113.9").get(EXTERNAL + "/update?token=" + tokenOf(org, device) + "&v1=1")
                .then().statusCode(200);
        as(org.token()).get(DEVICE + "?deviceId=" + device).then().body("ip", equalTo("127.0.0.1"));
    }

    @Test
    void aReconnectBeforeTheSweepRecordsTheMissedOfflineOnce() throws Exception {
        Org org = newOrg();
        int device = newDevice(org, 1);
        String token = tokenOf(org, device);
        given().get(EXTERNAL + "/update?token=" + token + "&v1=1").then().statusCode(200);
        Thread.sleep(1_200);
        given().get(EXTERNAL + "/update?token=" + token + "&v1=2").then().statusCode(200);
        disconnections.recordDisconnections();
        as(org.token()).get(DEVICE + "/timeline?deviceId=" + device).then()
                .body("content.eventType", contains("ONLINE", "OFFLINE", "ONLINE", "LIFECYCLE"));
    }

    @Test
    void clearingDataResetsWhatTheDeviceSideRecorded() {
        Org org = newOrg();
        int device = newDevice(org, 60);
        String token = tokenOf(org, device);
        given().get(EXTERNAL + "/update?token=" + token + "&v1=1").then().statusCode(200);
        as(org.token()).delete(DEVICE + "/clear?deviceId=" + device).then().statusCode(204);
        as(org.token()).get(DEVICE + "?deviceId=" + device).then()
                .body("$", not(hasKey("connectTime"))).body("$", not(hasKey("ip")));
        as(org.token()).get(DEVICE + "/online?deviceId=" + device).then().body("connected", equalTo(false));
    }

    @Test
    void badTokensValuesPinsAndCodesAre4xxWithTheErrorBody() {
        Org org = newOrg();
        int device = newDevice(org, 60);
        String token = tokenOf(org, device);
        for (String call : new String[] {"/isHardwareConnected?token=", "/update?v1=1&token=", "/get?v1&token=",
                "/logEvent?code=too_hot&token="}) {
            given().get(EXTERNAL + call + "ZJW2kImth5rGzPUBVcSPkqS_YsoFEFJm").then().statusCode(400)
                    .body("error.message", equalTo("Invalid token."));
            given().get(EXTERNAL + call + "short").then().statusCode(400).body("error.message", equalTo("Invalid token."));
        }
        given().get(EXTERNAL + "/update?v1=1").then().statusCode(400).body("error.message", equalTo("Invalid token."));
        given().get(EXTERNAL + "/update?token=" + token + "&v1=hot").then().statusCode(400)
                .body("error.message", containsString("expected a number"));
        given().get(EXTERNAL + "/update?token=" + token + "&v1=81").then().statusCode(400)
                .body("error.message", containsString("outside"));
        given().get(EXTERNAL + "/update?token=" + token + "&v9=1").then().statusCode(400)
                .body("error.message", containsString("v9"));
        given().get(EXTERNAL + "/update?token=" + token).then().statusCode(400);
        given().get(EXTERNAL + "/logEvent?token=" + token + "&code=nope").then().statusCode(404)
                .body("error.message", equalTo("Event with provided code is not found."));
        given().get(EXTERNAL + "/get?token=" + token + "&v1").then().statusCode(404);
        // none of that connected the device
        as(org.token()).get(DEVICE + "/online?deviceId=" + device).then().body("connected", equalTo(false));
        assertThat(new Db(dataSource).count("SELECT count(*) FROM device WHERE id = ? AND activated_at IS NULL", device))
                .isEqualTo(1);
    }

    @Test
    void aDeviceMakingTooManyCallsGets429() {
        Org org = newOrg();
        String token = tokenOf(org, newDevice(org, 60));
        int limited = 0;
        for (int i = 0; i < 100; i++) {
            var response = given().get(EXTERNAL + "/isHardwareConnected?token=" + token);
            if (response.statusCode() == 429) {
                limited++;
                response.then().header("Retry-After", "1").body("error.message", equalTo("Too many requests"));
            } else {
                response.then().statusCode(200);
            }
        }
        // at most 20 calls a second pass (test profile); 100 calls take far less than 4 seconds here
        assertThat(limited).isGreaterThanOrEqualTo(20);
    }

    private static int newDevice(Org org, int heartbeatSeconds) {
        int template = as(org.token()).body("""
                {"name": "Simulated", "heartbeatSeconds": %d,
                 "events": [{"name": "Too hot", "eventCode": "too_hot", "type": "WARNING"},
                            {"name": "Provisioned", "eventCode": "provisioned", "type": "LIFECYCLE"}],
                 "dataStreams": [{"label": "Temperature", "pin": "v1", "type": "Double", "min": -40, "max": 80},
                                 {"label": "Mode", "pin": "v2", "type": "String"}]}
                """.formatted(heartbeatSeconds)).post("/api/v1/organization/template/create").then().statusCode(201)
                .extract().path("id");
        return as(org.token()).body(Map.of("templateId", template, "name", "Simulated device"))
                .post(DEVICE + "/create").then().statusCode(201).extract().path("id");
    }

    private static String tokenOf(Org org, int device) {
        return as(org.token()).get(DEVICE + "?deviceId=" + device).then().extract().path("token");
    }
}
