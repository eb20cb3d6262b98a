package dev.devices.adapter.devicemqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.devices.application.port.in.ClaimRoleUseCase;
import dev.devices.application.port.in.UpdateFromDeviceUseCase;
import dev.devices.application.port.out.StoreUnavailable;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bridge's lanes without a broker: they are bounded (a full lane refuses QoS 0 messages and
 * holds QoS 1 deliveries back), oversized messages are refused before any work, and a message whose
 * store is down is retried until it is stored rather than dropped.
 */
class MqttDeviceBridgeTest {

    private static final String TOKEN = "A".repeat(32);
    private static final int CAPACITY = 3;

    private final MeterRegistry metrics = new SimpleMeterRegistry();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger outages = new AtomicInteger();
    private MqttDeviceBridge bridge;

    private MqttDeviceBridge bridge(UpdateFromDeviceUseCase update) {
        DeviceMessageHandler handler = new DeviceMessageHandler(token -> true, update, (call, code, description) -> { },
                (call, info) -> { }, call -> { }, token -> { }, new ObjectMapper());
        bridge = new MqttDeviceBridge(config(), handler, new DynamicSecurity(config(), new ObjectMapper()),
                new NoRoles(), metrics);
        bridge.startWithoutBroker();
        return bridge;
    }

    /** Every value waits until the test releases it. */
    private void slowStore(Object call, Object values) {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stored.incrementAndGet();
    }

    @Test
    void aFullLaneRefusesQos0MessagesAndCountsThem() throws Exception {
        MqttDeviceBridge bridge = bridge(this::slowStore);
        for (int i = 0; i < 10; i++) {
            bridge.messageArrived("devices/" + TOKEN + "/update/v1", message("1", 0));
        }
        // one is being stored, CAPACITY wait: the rest are refused rather than queued without bound
        assertThat(refused("lane_full")).isBetween(10.0 - CAPACITY - 1, 10.0 - CAPACITY);
        release.countDown();
        awaitStored(10 - (int) refused("lane_full"));
    }

    @Test
    void aFullLaneHoldsQos1DeliveriesBackUntilThereIsRoom() throws Exception {
        MqttDeviceBridge bridge = bridge(this::slowStore);
        for (int i = 0; i < CAPACITY + 1; i++) {
            bridge.messageArrived("devices/" + TOKEN + "/update/v1", message("1", 1));
        }
        CompletableFuture<Void> held = CompletableFuture.runAsync(() -> {
            try {
                bridge.messageArrived("devices/" + TOKEN + "/update/v1", message("2", 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(300);
        assertThat(held).isNotDone(); // the delivering thread waits: the broker sends no more meanwhile
        release.countDown();
        held.get(5, TimeUnit.SECONDS);
        awaitStored(CAPACITY + 2);
        assertThat(refused("lane_full")).isZero();
    }

    @Test
    void anOversizedMessageIsRefusedBeforeAnyWork() throws Exception {
        MqttDeviceBridge bridge = bridge((call, values) -> stored.incrementAndGet());
        bridge.messageArrived("devices/" + TOKEN + "/update/v1", message("9".repeat(8193), 1));
        bridge.messageArrived("devices/" + TOKEN + "/update/v1", message("9", 1));
        awaitStored(1);
        assertThat(refused("too_large")).isEqualTo(1.0);
    }

    @Test
    void aMessageWhoseStoreIsDownIsRetriedUntilStored() throws Exception {
        MqttDeviceBridge bridge = bridge((call, values) -> {
            if (outages.incrementAndGet() <= 3) {
                throw new StoreUnavailable(new java.sql.SQLException("connection refused"));
            }
            stored.incrementAndGet();
        });
        bridge.messageArrived("devices/" + TOKEN + "/update/v1", message("1", 1));
        awaitStored(1);
        assertThat(outages.get()).isEqualTo(4);
        assertThat(metrics.counter("devices.mqtt.messages.stored").count()).isEqualTo(1.0);
        assertThat(refused("failed")).isZero();
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (bridge != null) {
            bridge.stop(null);
        }
    }

    private void awaitStored(int count) throws InterruptedException {
        for (int i = 0; i < 100 && stored.get() < count; i++) {
            Thread.sleep(50);
        }
        assertThat(stored.get()).isEqualTo(count);
    }

    private double refused(String reason) {
        return metrics.counter("devices.mqtt.messages.refused", "reason", reason).count();
    }

    private static MqttMessage message(String payload, int qos) {
        MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
        message.setQos(qos);
        return message;
    }

    private static MqttConfig config() {
        return new MqttConfig() {
            public boolean enabled() { return true; }
            public String brokerUrl() { return "tcp://127.0.0.1:1"; }
            public String topicPrefix() { return "devices"; }
            public Optional<String> username() { return Optional.empty(); }
            public Optional<String> password() { return Optional.empty(); }
            public String clientId() { return "devices-lane-test"; }
            public boolean cleanSession() { return true; }
            public int maxPayloadBytes() { return 8192; }
            public int laneCapacity() { return CAPACITY; }
            public String deviceCredentials() { return "none"; }
            public String credentialsSyncInterval() { return "2s"; }
        };
    }

    /** The lane tests never claim: they start the bridge as the holder. */
    private static final class NoRoles implements ClaimRoleUseCase {
        public boolean claim(String role, String instance) { throw new UnsupportedOperationException(); }
        public void release(String role, String instance) { throw new UnsupportedOperationException(); }
        public Duration term() { return Duration.ofSeconds(10); }
    }
}
