package dev.devices.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.bootstrap.support.PackagedService;
import dev.devices.bootstrap.support.StoppablePostgres;
import dev.devices.bootstrap.support.TestMosquitto;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two packaged instances on one database and one broker, as the Kubernetes manifest runs them: every
 * MQTT message is stored exactly once, each device's values in the order it sent them, and when the
 * instance holding the subscription dies the other takes it over and stores what arrived meanwhile.
 * The broker delivers one message at a time ({@link TestMosquitto#openInOrder}): with Mosquitto's
 * default window of 20 it hands a few messages over out of the order it received them, before the
 * service sees them (measured: 3 of a device's 100 values swapped with their neighbours).
 */
class MqttTwoInstancesIT {

    private static final int DEVICES = 10;
    private static final int VALUES = 100;
    private static final Duration WITHIN = Duration.ofSeconds(60);

    private StoppablePostgres postgres;
    private TestMosquitto broker;
    private final List<PackagedService> services = new ArrayList<>();

    @Test
    void eachMessageIsStoredOnceInOrderAndTheSubscriptionMovesWhenItsHolderDies() throws Exception {
        postgres = StoppablePostgres.withDatabase("devices_mqtt_two");
        broker = TestMosquitto.openInOrder();
        Path keys = Path.of("target", "devices-mqtt-two-keys").toAbsolutePath();
        Map<String, String> env = Map.of("DEVICES_MQTT_ENABLED", "true", "DEVICES_MQTT_BROKER_URL", broker.url(),
                "DEVICES_MQTT_CLIENT_ID", "devices-two-" + UUID.randomUUID(), "DEVICES_CLUSTER_ROLE_TERM", "4s",
                "DEVICES_AUTH_ARGON2_MEMORY_KIB", "1024", "DEVICES_AUTH_ARGON2_ITERATIONS", "1");
        for (String name : List.of("a", "b")) {
            PackagedService service = PackagedService.start(postgres.jdbcUrl(), "postgres", null, keys,
                    Path.of("target", "mqtt-two-instances-" + name + ".log"), env);
            services.add(service);
            service.waitForHealth("ready", status -> status == 200, WITHIN);
        }
        Map<Integer, String> tokens = newDevices(services.get(0));
        MqttAsyncClient devices = new MqttAsyncClient(broker.url(), "devices-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMaxInflight(200);
        devices.connect(options).waitForCompletion(5_000);

        // 1,000 messages, each device's values interleaved with the others'
        publish(devices, tokens, 1, VALUES);
        awaitHistory(DEVICES * VALUES);
        assertEveryDeviceHas(tokens, VALUES);
        assertThat(historyRows()).as("stored exactly once").isEqualTo(DEVICES * VALUES);

        // the holder dies without a word; what devices send meanwhile waits in the shared session
        PackagedService holder = holder();
        holder.process().destroyForcibly().waitFor();
        services.remove(holder);
        publish(devices, tokens, VALUES + 1, VALUES + 20);
        awaitHistory(DEVICES * (VALUES + 20));
        assertEveryDeviceHas(tokens, VALUES + 20);
        assertThat(historyRows()).isEqualTo(DEVICES * (VALUES + 20));
        assertThat(holder()).as("the other instance holds the subscription now").isSameAs(services.get(0));
        devices.disconnect().waitForCompletion(5_000);
        devices.close();
    }

    private Map<Integer, String> newDevices(PackagedService service) throws Exception {
        String token = DatabaseRestartIT.jsonField(service.call("POST", "/oauth2/token?grant_type=client_credentials", null, null),
                "access_token");
        String template = DatabaseRestartIT.jsonField(service.call("POST", "/api/v1/organization/template/create", token,
                "{\"name\": \"Two\", \"dataStreams\": [{\"label\": \"Counter\", \"pin\": \"v1\", \"type\": \"Integer\"}]}"), "id");
        Map<Integer, String> tokens = new LinkedHashMap<>();
        for (int i = 0; i < DEVICES; i++) {
            int device = Integer.parseInt(DatabaseRestartIT.jsonField(service.call("POST", "/api/v1/organization/device/create",
                    token, "{\"templateId\": " + template + ", \"name\": \"Sender " + i + "\"}"), "id"));
            tokens.put(device, DatabaseRestartIT.jsonField(service.call("GET", "/api/v1/organization/device?deviceId=" + device,
                    token, null), "token"));
        }
        return tokens;
    }

    private static void publish(MqttAsyncClient client, Map<Integer, String> tokens, int from, int to) throws Exception {
        for (int value = from; value <= to; value++) {
            for (String token : tokens.values()) {
                MqttMessage message = new MqttMessage(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                message.setQos(1);
                client.publish("devices/" + token + "/update/v1", message).waitForCompletion(5_000);
            }
        }
    }

    /** Every device's history is 1..last in the order sent, and its current value is the last one. */
    private void assertEveryDeviceHas(Map<Integer, String> tokens, int last) throws SQLException {
        List<String> expected = IntStream.rangeClosed(1, last).mapToObj(String::valueOf).toList();
        for (int device : tokens.keySet()) {
            assertThat(postgres.column("SELECT value FROM datastream_history WHERE device_id = " + device + " ORDER BY id"))
                    .as("history of device " + device).isEqualTo(expected);
            assertThat(postgres.column("SELECT value FROM device_datastream_value WHERE device_id = " + device))
                    .as("current value of device " + device).containsExactly(String.valueOf(last));
        }
    }

    /** The running instance whose process holds the subscription role. */
    private PackagedService holder() throws SQLException {
        List<String> holders = postgres.column("SELECT holder FROM role_lease WHERE role = 'mqtt-subscription'");
        assertThat(holders).hasSize(1);
        return services.stream().filter(s -> holders.get(0).contains("/" + s.process().pid() + "/")).findFirst()
                .orElseThrow(() -> new AssertionError("no running instance holds the role: " + holders));
    }

    private void awaitHistory(long rows) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline && historyRows() < rows) {
            Thread.sleep(200);
        }
        assertThat(historyRows()).as("history rows; see target/mqtt-two-instances-*.log").isGreaterThanOrEqualTo(rows);
    }

    private long historyRows() throws SQLException {
        return Long.parseLong(postgres.column("SELECT count(*) FROM datastream_history").get(0));
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (PackagedService service : services) {
            service.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
