package dev.devices.adapter.devicemqtt;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.jboss.logging.Logger;

/**
 * Keeps a subscription to the device topics on the broker while the service runs (when enabled),
 * reconnecting by itself. Messages are handled off Paho's thread on a few lanes chosen by device
 * token, so one device's messages keep their order while devices proceed in parallel.
 */
@ApplicationScoped
class MqttDeviceBridge implements MqttCallbackExtended {

    private static final Logger LOG = Logger.getLogger(MqttDeviceBridge.class);
    private static final int LANES = 4;
    private static final int QOS = 1;
    private static final long RETRY_SECONDS = 5;

    private final MqttConfig config;
    private final DeviceMessageHandler handler;
    private final ExecutorService[] lanes = new ExecutorService[LANES];
    private ScheduledExecutorService retries;
    private MqttAsyncClient client;

    MqttDeviceBridge(MqttConfig config, DeviceMessageHandler handler) {
        this.config = config;
        this.handler = handler;
    }

    void start(@Observes StartupEvent event) throws MqttException {
        if (!config.enabled()) {
            return;
        }
        for (int i = 0; i < LANES; i++) {
            lanes[i] = Executors.newSingleThreadExecutor(r -> new Thread(r, "mqtt-devices"));
        }
        retries = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "mqtt-connect"));
        client = new MqttAsyncClient(config.brokerUrl(), "devices-service-" + UUID.randomUUID(), new MemoryPersistence());
        client.setCallback(this);
        connect();
    }

    private void connect() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setAutomaticReconnect(true);
        options.setCleanSession(true);
        config.username().ifPresent(options::setUserName);
        config.password().ifPresent(p -> options.setPassword(p.toCharArray()));
        try {
            client.connect(options, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    // connectComplete subscribes
                }

                @Override
                public void onFailure(IMqttToken token, Throwable cause) {
                    LOG.warnf("MQTT broker %s not reachable (%s); retrying in %d s", config.brokerUrl(),
                            cause.getMessage(), RETRY_SECONDS);
                    retries.schedule(MqttDeviceBridge.this::connect, RETRY_SECONDS, TimeUnit.SECONDS);
                }
            });
        } catch (MqttException e) {
            retries.schedule(this::connect, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Override
    public void connectComplete(boolean reconnect, String serverURI) {
        String[] filters = DeviceTopic.filters(config.topicPrefix());
        int[] qos = new int[filters.length];
        java.util.Arrays.fill(qos, QOS);
        try {
            client.subscribe(filters, qos);
            LOG.infof("Listening to devices on %s under '%s/'", serverURI, config.topicPrefix());
        } catch (MqttException e) {
            LOG.warnf(e, "Could not subscribe to the device topics");
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        DeviceTopic.parse(config.topicPrefix(), topic).ifPresent(deviceTopic -> {
            String payload = new String(message.getPayload(), StandardCharsets.UTF_8);
            lanes[Math.floorMod(deviceTopic.token().hashCode(), LANES)].execute(() -> handler.handle(deviceTopic, payload));
        });
    }

    @Override
    public void connectionLost(Throwable cause) {
        LOG.warnf("Lost the MQTT broker (%s); reconnecting", cause == null ? "closed" : cause.getMessage());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // the service only subscribes
    }

    void stop(@Observes ShutdownEvent event) {
        if (client == null) {
            return;
        }
        retries.shutdownNow();
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(2_000);
            }
            client.close();
        } catch (MqttException e) {
            LOG.debugf("While disconnecting from the broker: %s", e.getMessage());
        }
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
    }
}
