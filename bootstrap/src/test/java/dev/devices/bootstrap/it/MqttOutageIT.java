package dev.devices.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.bootstrap.support.PackagedService;
import dev.devices.bootstrap.support.StoppablePostgres;
import dev.devices.bootstrap.support.TestMosquitto;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
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
 * Nothing a device sent over MQTT is lost to an outage: the packaged service, a broker and a
 * PostgreSQL of this test's own. Values published while the database is down are acknowledged by the
 * broker to the device but not by the service to the broker, so they wait, and are stored once the
 * database is back; values published while the service itself is stopped wait in its persistent
 * broker session and are stored when it starts again. Every value, in order.
 */
class MqttOutageIT {

    private static final Path LOG = Path.of("target", "mqtt-outage-it.log");
    private static final Duration WITHIN = Duration.ofSeconds(60);

    private StoppablePostgres postgres;
    private TestMosquitto broker;
    private PackagedService service;

    @Test
    void valuesSentDuringADatabaseOutageOrAServiceRestartAreAllStored() throws Exception {
        postgres = StoppablePostgres.withDatabase("devices_mqtt_outage");
        String jdbcUrl = postgres.jdbcUrl();
        broker = TestMosquitto.open();
        Path keys = Path.of("target", "devices-mqtt-outage-keys").toAbsolutePath();
        Map<String, String> env = Map.of("DEVICES_MQTT_ENABLED", "true", "DEVICES_MQTT_BROKER_URL", broker.url(),
                "DEVICES_MQTT_CLIENT_ID", "devices-outage-" + UUID.randomUUID(),
                "DEVICES_AUTH_ARGON2_MEMORY_KIB", "1024", "DEVICES_AUTH_ARGON2_ITERATIONS", "1");
        service = PackagedService.start(jdbcUrl, "postgres", null, keys, LOG, env);
        service.waitForHealth("ready", status -> status == 200, WITHIN);
        String deviceToken = newDevice();
        MqttAsyncClient device = new MqttAsyncClient(broker.url(), "device-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMaxInflight(100); // Paho counts a publish in flight a moment after its token completes
        device.connect(options).waitForCompletion(5_000);

        publish(device, deviceToken, 1, 10);
        awaitValues(10);

        postgres.stop(); // the database goes away under the running service
        publish(device, deviceToken, 11, 30); // each acknowledged by the broker to the device
        Thread.sleep(3_000);
        postgres.start();
        awaitValues(30);

        service.close(); // SIGTERM
        publish(device, deviceToken, 31, 40); // kept by the broker in the service's session
        service = PackagedService.start(jdbcUrl, "postgres", null, keys, LOG, env);
        awaitValues(40);

        assertThat(values()).isEqualTo(IntStream.rangeClosed(1, 40).mapToObj(i -> i + ".0").toList());
        device.disconnect().waitForCompletion(5_000);
        device.close();
    }

    private String newDevice() throws Exception {
        String token = DatabaseRestartIT.jsonField(service.call("POST", "/oauth2/token?grant_type=client_credentials", null, null), "access_token");
        String template = DatabaseRestartIT.jsonField(service.call("POST", "/api/v1/organization/template/create", token,
                "{\"name\": \"Outage\", \"dataStreams\": [{\"label\": \"Counter\", \"pin\": \"v1\", \"type\": \"Double\"}]}"), "id");
        String device = DatabaseRestartIT.jsonField(service.call("POST", "/api/v1/organization/device/create", token,
                "{\"templateId\": " + template + ", \"name\": \"Steady sender\"}"), "id");
        return DatabaseRestartIT.jsonField(service.call("GET", "/api/v1/organization/device?deviceId=" + device, token, null), "token");
    }

    private static void publish(MqttAsyncClient device, String token, int from, int to) throws Exception {
        for (int i = from; i <= to; i++) {
            MqttMessage message = new MqttMessage(String.valueOf(i).getBytes(StandardCharsets.UTF_8));
            message.setQos(1);
            device.publish("devices/" + token + "/update/v1", message).waitForCompletion(5_000);
        }
    }

    private void awaitValues(int count) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (values().size() >= count) {
                    return;
                }
            } catch (SQLException notBackYet) {
                // the database is still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("only " + values().size() + " of " + count + " values stored; see " + LOG);
    }

    private List<String> values() throws SQLException {
        return postgres.column("SELECT value FROM datastream_history ORDER BY id");
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (service != null) {
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
