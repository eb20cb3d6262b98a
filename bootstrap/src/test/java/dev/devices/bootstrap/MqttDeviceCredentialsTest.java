package dev.devices.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.TestMosquitto;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

/**
 * The safe broker deployment: Mosquitto with its dynamic-security plugin, started by this test on a
 * free port, no anonymous clients. The service keeps each device's credentials there (username and
 * password: its token): a device gets in once it is created and no longer once it is deleted, it may
 * publish and subscribe under its own topics only, and no client can subscribe to another device's
 * topics, so no client learns another device's token.
 */
@QuarkusTest
@TestProfile(MqttDeviceCredentialsTest.SafeBroker.class)
class MqttDeviceCredentialsTest {

    private static final String PREFIX = "devices";
    private static final String DEVICE = "/api/v1/organization/device";
    private static final Duration WITHIN = Duration.ofSeconds(15);

    static TestMosquitto broker;

    /** The service against a broker of this test's own, managing device credentials in it. */
    public static class SafeBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "true", "devices.mqtt.credentials-sync-interval", "200ms",
                    "devices.mqtt.clean-session", "true", "devices.mqtt.client-id", "devices-test-" + UUID.randomUUID());
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Broker.class));
        }
    }

    /** Starts the broker before the service and points the service at it. */
    public static class Broker implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try {
                broker = TestMosquitto.withDynamicSecurity();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return Map.of("devices.mqtt.enabled", "true", "devices.mqtt.broker-url", broker.url(),
                    "devices.mqtt.topic-prefix", PREFIX, "devices.mqtt.username", TestMosquitto.ADMIN,
                    "devices.mqtt.password", TestMosquitto.ADMIN_PASSWORD,
                    "devices.mqtt.device-credentials", "dynamic-security");
        }

        @Override
        public void stop() {
            try {
                broker.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void aDeviceGetsInWithItsTokenAndStaysInsideItsOwnTopics() throws Exception {
        Org org = Api.newOrg();
        int template = (int) Api.newTemplate(org.token()).get("id");
        int a = Api.newDevice(org.token(), template, "Device A");
        int b = Api.newDevice(org.token(), template, "Device B");
        String tokenA = tokenOf(org, a);
        String tokenB = tokenOf(org, b);

        MqttAsyncClient deviceA = connectWhenKnown(tokenA);
        MqttAsyncClient deviceB = connectWhenKnown(tokenB);

        // its own topics: it publishes (stored by the service) and subscribes
        List<String> seenByA = new CopyOnWriteArrayList<>();
        var own = deviceA.subscribe(PREFIX + "/" + tokenA + "/#", 1, (topic, m) -> seenByA.add(topic));
        own.waitForCompletion(5_000);
        assertThat(own.getGrantedQos()).containsExactly(1);
        publish(deviceA, PREFIX + "/" + tokenA + "/update/v1", "21.5");
        awaitValue(org, a, 21.5f);

        // everyone's topics, or another device's: refused by the broker, and nothing of A reaches B
        List<String> seenByB = new CopyOnWriteArrayList<>();
        deviceB.setCallback(new org.eclipse.paho.client.mqttv3.MqttCallback() {
            public void connectionLost(Throwable cause) { }
            public void messageArrived(String topic, MqttMessage m) { seenByB.add(topic); }
            public void deliveryComplete(org.eclipse.paho.client.mqttv3.IMqttDeliveryToken token) { }
        });
        for (String others : List.of(PREFIX + "/#", PREFIX + "/" + tokenA + "/#", PREFIX + "/+/update/+", "#")) {
            assertThat(granted(deviceB, others)).as(others).isEqualTo(128);
        }
        publish(deviceB, PREFIX + "/" + tokenA + "/update/v1", "79"); // dropped by the broker
        publish(deviceA, PREFIX + "/" + tokenA + "/update/v1", "22.5");
        awaitValue(org, a, 22.5f);
        assertThat(org.as().get(DEVICE + "/logs?deviceId=" + a).then().extract().<Integer>path("totalElements")).isZero();
        assertThat(new java.util.ArrayList<>(seenByA)).allMatch(topic -> topic.startsWith(PREFIX + "/" + tokenA + "/"));
        assertThat(seenByB).isEmpty();

        // nobody gets in without a device's credentials
        assertThatThrownBy(() -> connect("anonymous-" + UUID.randomUUID(), null, null)).isInstanceOf(MqttException.class);
        assertThatThrownBy(() -> connect("guess-" + UUID.randomUUID(), tokenA, tokenB)).isInstanceOf(MqttException.class);

        // a deleted device is out
        deviceA.disconnect().waitForCompletion(5_000);
        org.as().delete(DEVICE + "?deviceId=" + a).then().statusCode(204);
        awaitRefused(tokenA);
        connect("still-in-" + UUID.randomUUID(), tokenB, tokenB).disconnect().waitForCompletion(5_000);
        deviceB.disconnect().waitForCompletion(5_000);
    }

    /**
     * A rotation reaches the broker too: the new token gets in, the old one keeps its access for the
     * overlap and loses it after (at once without an overlap, and at once when a transfer rotates).
     */
    @Test
    void aRotatedTokenGetsInAndTheOldOneIsOutWhenItsOverlapEnds() throws Exception {
        Org org = Api.newOrg();
        Org sub = Api.newSubOrg(org);
        int template = (int) Api.newTemplate(org.token()).get("id");
        int device = Api.newDevice(org.token(), template, "Rotating");
        String first = tokenOf(org, device);
        connectWhenKnown(first).disconnect().waitForCompletion(5_000);

        var rotated = org.as().body(java.util.Map.of("deviceId", device, "overlapSeconds", 3))
                .post(DEVICE + "/token/rotate").then().statusCode(200).extract().jsonPath();
        String second = rotated.getString("token");
        connectWhenKnown(second).disconnect().waitForCompletion(5_000);
        assertThat(System.currentTimeMillis()).as("checked within the overlap").isLessThan(rotated.getLong("previousTokenValidUntil"));
        connect("old-" + UUID.randomUUID(), first, first).disconnect().waitForCompletion(5_000);
        awaitRefused(first);
        assertThat(System.currentTimeMillis()).as("not before the overlap ended")
                .isGreaterThanOrEqualTo(rotated.getLong("previousTokenValidUntil"));

        org.as().body(java.util.Map.of("deviceId", device, "newOrgId", sub.id(), "rotateToken", true))
                .post(DEVICE + "/transfer/to-organization").then().statusCode(204);
        connectWhenKnown(tokenOf(sub, device)).disconnect().waitForCompletion(5_000);
        awaitRefused(second);
    }

    private static String tokenOf(Org org, int device) {
        return org.as().get(DEVICE + "?deviceId=" + device).then().statusCode(200).extract().path("token");
    }

    /** Connects as the device once the service has given the broker its credentials (a few seconds at most). */
    private static MqttAsyncClient connectWhenKnown(String token) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (true) {
            try {
                return connect("device-" + UUID.randomUUID(), token, token);
            } catch (MqttException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the device's credentials never reached the broker: " + broker.log(), notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    private static void awaitRefused(String token) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                connect("device-" + UUID.randomUUID(), token, token).disconnectForcibly(1_000);
                Thread.sleep(100);
            } catch (MqttException refused) {
                return;
            }
        }
        throw new AssertionError("a deleted device can still connect to the broker");
    }

    private static MqttAsyncClient connect(String clientId, String username, String password) throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(broker.url(), clientId, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        // 3.1.1 only: Paho would fall back to 3.1 after a refusal, whose SUBACK cannot say "refused"
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        if (username != null) {
            options.setUserName(username);
            options.setPassword(password.toCharArray());
        }
        try {
            client.connect(options).waitForCompletion(5_000);
        } catch (MqttException refused) {
            client.close(true);
            throw refused;
        }
        return client;
    }

    /** The QoS the broker granted a subscription; 128 is its refusal. */
    private static int granted(MqttAsyncClient client, String filter) throws MqttException {
        var subscription = client.subscribe(filter, 1);
        subscription.waitForCompletion(5_000);
        return subscription.getGrantedQos()[0];
    }

    private static void publish(MqttAsyncClient client, String topic, String payload) throws MqttException {
        MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
        message.setQos(1);
        client.publish(topic, message).waitForCompletion(5_000);
    }

    private static void awaitValue(Org org, int device, float expected) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            Float value = org.as().get(DEVICE + "?deviceId=" + device).then().extract()
                    .path("dataStreamValues.find { it.pin == 'v1' }.value");
            if (value != null && value == expected) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("v1 of device " + device + " never became " + expected);
    }
}
