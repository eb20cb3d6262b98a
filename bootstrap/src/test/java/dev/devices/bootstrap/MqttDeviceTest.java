package dev.devices.bootstrap;

import static dev.devices.bootstrap.support.Api.as;
import static dev.devices.bootstrap.support.Api.newOrg;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.MachineService;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Db;
import dev.devices.bootstrap.support.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A simulated device over a real MQTT broker (Mosquitto on 127.0.0.1:1883 where this project's
 * machines run one): connect, values, an event, hardware info, and the last will when the device's
 * connection breaks. Topics live under a prefix of their own, so runs never meet.
 */
@QuarkusTest
@TestProfile(MqttDeviceTest.MqttEnabled.class)
class MqttDeviceTest {

    static final String BROKER_HOST = "127.0.0.1";
    static final int BROKER_PORT = 1883;
    static final String PREFIX = "devices-test-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String DEVICE = "/api/v1/organization/device";

    @Inject
    DataSource dataSource;

    /** The service with its MQTT adapter on, listening under this run's prefix. */
    public static class MqttEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a clean session of its own: the machine's shared broker keeps nothing for this run afterwards
            return Map.of("devices.mqtt.enabled", "true", "devices.mqtt.clean-session", "true",
                    "devices.mqtt.client-id", "devices-test-" + UUID.randomUUID(),
                    "devices.mqtt.broker-url", "tcp://" + BROKER_HOST + ":" + BROKER_PORT,
                    "devices.mqtt.topic-prefix", PREFIX);
        }
    }

    /** Skipped on a laptop without a broker; under CI (CI=true), where machines run one, a missing broker fails. */
    @BeforeAll
    static void brokerIsThere() {
        MachineService.require("MQTT broker", BROKER_HOST, BROKER_PORT);
    }

    @Test
    void aDeviceOverMqttConnectsReportsAndLeavesByItsLastWill() throws Exception {
        Org org = newOrg();
        int template = as(org.token()).body("""
                {"name": "MQTT sensor",
                 "events": [{"name": "Too hot", "eventCode": "too_hot", "type": "WARNING"}],
                 "dataStreams": [{"label": "Temperature", "pin": "v1", "type": "Double", "min": -40, "max": 80},
                                 {"label": "Where", "pin": "v2", "type": "Location"}]}
                """).post("/api/v1/organization/template/create").then().statusCode(201).extract().path("id");
        int device = as(org.token()).body(Map.of("templateId", template, "name", "MQTT device"))
                .post(DEVICE + "/create").then().statusCode(201).extract().path("id");
        String token = as(org.token()).get(DEVICE + "?deviceId=" + device).then().extract().path("token");
        String base = PREFIX + "/" + token;

        MqttAsyncClient deviceClient = new MqttAsyncClient("tcp://" + BROKER_HOST + ":" + BROKER_PORT,
                "simulated-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setWill(base + "/status", "offline".getBytes(StandardCharsets.UTF_8), 1, false);
        options.setKeepAliveInterval(2);
        deviceClient.connect(options).waitForCompletion(5_000);

        publish(deviceClient, base + "/status", "online");
        awaitDetail(org, device, d -> d.get("connectTime") != null);
        assertThat(as(org.token()).get(DEVICE + "/online?deviceId=" + device).then().extract().<Boolean>path("connected")).isTrue();

        publish(deviceClient, base + "/update/v1", "21.5");
        publish(deviceClient, base + "/update/v2", "30.52,50.45");
        publish(deviceClient, base + "/event/too_hot", "41C");
        publish(deviceClient, base + "/hardware", "{\"version\": \"2.0.1\", \"boardType\": \"ESP32\"}");
        publish(deviceClient, base + "/update/v1", "not a number"); // dropped, and nothing else with it
        JsonPath detail = awaitDetail(org, device, d -> d.get("hardwareInfo") != null && d.get("lastReceivedEventAt") != null);
        assertThat(detail.getFloat("dataStreamValues.find { it.pin == 'v1' }.value")).isEqualTo(21.5f);
        assertThat(detail.getList("dataStreamValues.find { it.pin == 'v2' }.value", Float.class)).containsExactly(30.52f, 50.45f);
        assertThat(detail.getString("hardwareInfo.version")).isEqualTo("2.0.1");
        assertThat(detail.getLong("activatedAt")).isPositive();

        // the connection breaks without a DISCONNECT: the broker publishes the last will
        deviceClient.disconnectForcibly(0, 1_000, false);
        deviceClient.close();
        awaitDetail(org, device, d -> d.get("disconnectTime") != null);
        assertThat(as(org.token()).get(DEVICE + "/online?deviceId=" + device).then().extract().<Boolean>path("connected")).isFalse();
        JsonPath timeline = as(org.token()).get(DEVICE + "/timeline?deviceId=" + device).then().extract().jsonPath();
        assertThat(timeline.getList("content.eventType")).containsExactly("OFFLINE", "WARNING", "ONLINE");

        // it comes back on a new connection
        MqttAsyncClient again = new MqttAsyncClient("tcp://" + BROKER_HOST + ":" + BROKER_PORT,
                "simulated-" + UUID.randomUUID(), new MemoryPersistence());
        again.connect(options).waitForCompletion(5_000);
        publish(again, base + "/status", "online");
        awaitDetail(org, device, d -> ((Number) d.get("connectTime")).longValue() > detail.getLong("connectTime"));
        assertThat(as(org.token()).get(DEVICE + "/online?deviceId=" + device).then().extract().<Boolean>path("connected")).isTrue();
        assertThat(as(org.token()).get(DEVICE + "/timeline?deviceId=" + device + "&eventType=ONLINE").then()
                .extract().<Integer>path("totalElements")).isEqualTo(2);
        assertThat(as(org.token()).get("/api/v1/organization/device/last-activated").then().extract().<java.util.List<Integer>>path("id"))
                .containsExactly(device);
        again.disconnect().waitForCompletion(5_000);
        again.close();
    }

    @Test
    void anOversizedMessageAndMessagesBeyondTheDeviceLimitAreRefusedAndCounted() throws Exception {
        Org org = newOrg();
        int template = (int) Api.newTemplate(org.token()).get("id");
        int device = as(org.token()).body(Map.of("templateId", template, "name", "Chatty MQTT"))
                .post(DEVICE + "/create").then().statusCode(201).extract().path("id");
        String token = as(org.token()).get(DEVICE + "?deviceId=" + device).then().extract().path("token");
        String base = PREFIX + "/" + token;
        MqttAsyncClient client = new MqttAsyncClient("tcp://" + BROKER_HOST + ":" + BROKER_PORT,
                "simulated-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMaxInflight(100); // Paho counts a publish in flight a moment after its token completes
        client.connect(options).waitForCompletion(5_000);
        double tooLargeBefore = refused("too_large");
        double limitedBefore = refused("rate_limited");

        // 8 KiB is the bound: a hardware report of 18 MB (or of 9 KiB) is refused whole, before anything else
        publish(client, base + "/hardware", "{\"version\": \"" + "v".repeat(9 * 1024) + "\"}");
        // the test limit is 20 calls a second per device (shared with HTTP): 61 calls at once cannot all pass
        for (int i = 0; i < 60; i++) {
            publish(client, base + "/update/v1", String.valueOf(i % 50));
        }
        publish(client, base + "/hardware", "{\"version\": \"1.0\"}");
        long deadline = System.currentTimeMillis() + 10_000;
        while (refused("rate_limited") - limitedBefore + storedCalls(device) < 61 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        client.disconnect().waitForCompletion(5_000);
        client.close();

        long stored = storedCalls(device);
        assertThat(stored).isPositive().isLessThan(61);
        assertThat(refused("rate_limited") - limitedBefore).isEqualTo(61 - stored);
        assertThat(refused("too_large") - tooLargeBefore).isEqualTo(1);
        assertThat(new Db(dataSource).count("SELECT count(*) FROM device WHERE id = ? AND length(hardware_info->>'version') > 128",
                device)).isZero();
    }

    /**
     * After a rotation with an overlap, messages under the old token's topics are still the device's
     * until the overlap ends, and refused after; the new token's work from the start.
     */
    @Test
    void aRotatedTokensTopicsWorkUntilTheOverlapEndsAndNeverAfter() throws Exception {
        Org org = newOrg();
        int template = (int) Api.newTemplate(org.token()).get("id");
        int device = as(org.token()).body(Map.of("templateId", template, "name", "Rotating MQTT"))
                .post(DEVICE + "/create").then().statusCode(201).extract().path("id");
        String old = as(org.token()).get(DEVICE + "?deviceId=" + device).then().extract().path("token");
        JsonPath rotated = as(org.token()).body(Map.of("deviceId", device, "overlapSeconds", 2))
                .post(DEVICE + "/token/rotate").then().statusCode(200).extract().jsonPath();
        String fresh = rotated.getString("token");
        long oldStops = rotated.getLong("previousTokenValidUntil");
        MqttAsyncClient client = new MqttAsyncClient("tcp://" + BROKER_HOST + ":" + BROKER_PORT,
                "simulated-" + UUID.randomUUID(), new MemoryPersistence());
        client.connect(new MqttConnectOptions()).waitForCompletion(5_000);

        publish(client, PREFIX + "/" + old + "/update/v1", "11");
        awaitDetail(org, device, d -> String.valueOf(d.get("dataStreamValues")).contains("11"));
        Thread.sleep(Math.max(0, oldStops - System.currentTimeMillis()) + 200);
        publish(client, PREFIX + "/" + old + "/update/v1", "22"); // after the overlap: not the device's any more
        publish(client, PREFIX + "/" + fresh + "/update/v1", "33");
        awaitDetail(org, device, d -> String.valueOf(d.get("dataStreamValues")).contains("33"));
        client.disconnect().waitForCompletion(5_000);
        client.close();

        assertThat(new Db(dataSource).count("SELECT count(*) FROM datastream_history WHERE device_id = ? AND value LIKE '22%'",
                device)).as("the old token after its overlap").isZero();
        assertThat(new Db(dataSource).count("SELECT count(*) FROM datastream_history WHERE device_id = ?", device))
                .isEqualTo(2);
    }

    /** Values stored, plus one when the (valid) hardware report was. */
    private long storedCalls(int device) {
        Db db = new Db(dataSource);
        return db.count("SELECT count(*) FROM datastream_history WHERE device_id = ?", device)
                + db.count("SELECT count(*) FROM device WHERE id = ? AND hardware_info IS NOT NULL", device);
    }

    private static double refused(String reason) {
        String metrics = given().port(Management.TEST_PORT).get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("devices_mqtt_messages_refused_total{")
                        && l.contains("reason=\"" + reason + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static void publish(MqttAsyncClient client, String topic, String payload) throws Exception {
        MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
        message.setQos(1);
        client.publish(topic, message).waitForCompletion(5_000);
    }

    /** Polls the device detail until it shows what the messages should have caused (at most 10 s). */
    private static JsonPath awaitDetail(Org org, int device, Predicate<Map<String, Object>> done) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonPath detail = as(org.token()).get(DEVICE + "?deviceId=" + device).then().statusCode(200).extract().jsonPath();
            if (done.test(detail.getMap("$"))) {
                return detail;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the device's state did not change within 10 s");
    }
}
