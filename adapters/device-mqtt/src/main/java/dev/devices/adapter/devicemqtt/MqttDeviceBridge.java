package dev.devices.adapter.devicemqtt;

import dev.devices.adapter.devicemqtt.DeviceMessageHandler.Outcome;
import dev.devices.application.port.in.ClaimRoleUseCase;
import dev.devices.application.port.out.StoreUnavailable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
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
 *
 * <p>Of several instances exactly one subscribes: the one holding the {@link SubscriptionRole}, so
 * each message is handled once and a device's messages stay in order. Every instance uses the same
 * client id, so the broker session, with what was delivered but not yet acknowledged, passes to
 * whichever instance takes the role over. Only the role's threads connect and disconnect (Paho's
 * automatic reconnect stays off: it would take the session back after a step-down). A message is
 * handled and acknowledged only on the connection it arrived on: what a lane still holds from an
 * earlier connection is left to the broker's redelivery.
 *
 * <p>A message is acknowledged to the broker only once it is stored (or deliberately refused): while
 * the database is unreachable its lane retries, and nothing it holds is acknowledged, so the broker
 * keeps it (in the service's persistent session, also across a restart). Lanes are bounded: a full
 * lane refuses QoS 0 messages and holds QoS 1 deliveries back (the broker's in-flight window then
 * stops sending).
 */
@ApplicationScoped
class MqttDeviceBridge implements MqttCallbackExtended {

    private static final Logger LOG = Logger.getLogger(MqttDeviceBridge.class);
    private static final int LANES = 4;
    private static final int QOS = 1;
    private static final long MAX_STORE_BACKOFF_MILLIS = 5_000;
    private static final long DRAIN_MILLIS = 5_000;
    /** How long a stepping-down holder lets the messages being stored finish before it leaves the broker. */
    private static final long STEP_DOWN_MILLIS = 1_000;

    /** Why a message was not stored, for the refused-messages counter. */
    enum Refusal { INVALID, RATE_LIMITED, TOO_LARGE, LANE_FULL, FAILED }

    private final MqttConfig config;
    private final DeviceMessageHandler handler;
    private final DynamicSecurity dynamicSecurity;
    private final SubscriptionRole role;
    private final Counter stored;
    private final Map<Refusal, Counter> refused = new EnumMap<>(Refusal.class);
    private final List<Lane> lanes = new ArrayList<>();
    private ExecutorService connections;
    private MqttAsyncClient client;
    private volatile boolean stopping;
    /** This instance holds the role and takes messages. */
    private volatile boolean active;
    private volatile boolean connecting;
    /** Moves whenever the connection changes or the role goes: work of an older one is not acknowledged. */
    private final AtomicLong connection = new AtomicLong();

    MqttDeviceBridge(MqttConfig config, DeviceMessageHandler handler, DynamicSecurity dynamicSecurity,
                     ClaimRoleUseCase roles, MeterRegistry metrics) {
        this.config = config;
        this.handler = handler;
        this.dynamicSecurity = dynamicSecurity;
        this.role = new SubscriptionRole(roles, new SubscriptionRole.Holder() {
            @Override
            public void gained() {
                active = true;
                connect();
            }

            @Override
            public void stillHeld() {
                connect(); // after a broker outage: nothing when connected or connecting
            }

            @Override
            public void lost() {
                stepDown();
            }
        });
        this.stored = Counter.builder("devices.mqtt.messages.stored").description("Device messages stored").register(metrics);
        for (Refusal reason : Refusal.values()) {
            refused.put(reason, Counter.builder("devices.mqtt.messages.refused").tag("reason", reason.name().toLowerCase())
                    .description("Device messages not stored: invalid, over the device's limit, too large, lane full,"
                            + " or failed unexpectedly").register(metrics));
        }
    }

    void start(@Observes StartupEvent event) throws MqttException {
        if (!config.enabled()) {
            return;
        }
        startLanes();
        connections = Executors.newSingleThreadExecutor(r -> new Thread(r, "mqtt-connect"));
        client = new MqttAsyncClient(config.brokerUrl(), config.clientId(), new MemoryPersistence());
        client.setCallback(this);
        client.setManualAcks(true);
        dynamicSecurity.use(client);
        role.start();
    }

    /** Whether this instance holds the subscription now (the credential sync needs the connection too). */
    boolean isActive() {
        return active;
    }

    /**
     * Stops taking messages, drops the queued ones (unacknowledged: the broker redelivers them to the
     * next holder), lets those being stored finish and be acknowledged briefly, and leaves the broker.
     */
    private void stepDown() {
        active = false;
        for (Lane lane : lanes) {
            lane.discardQueued();
        }
        pause(STEP_DOWN_MILLIS);
        connection.incrementAndGet();
        disconnect();
    }

    private void startLanes() {
        for (int i = 0; i < LANES; i++) {
            lanes.add(new Lane("mqtt-devices-" + i, config.laneCapacity()));
        }
    }

    /** The lane tests' start: lanes running and messages taken as by the role's holder, with no broker. */
    void startWithoutBroker() {
        startLanes();
        active = true;
    }

    /** Connects when this instance holds the role and is neither connected nor connecting. */
    private synchronized void connect() {
        if (!active || stopping || connecting || client.isConnected()) {
            return;
        }
        MqttConnectOptions options = new MqttConnectOptions();
        options.setAutomaticReconnect(false); // the role's thread reconnects while the role is held
        options.setCleanSession(config.cleanSession());
        config.username().ifPresent(options::setUserName);
        config.password().ifPresent(p -> options.setPassword(p.toCharArray()));
        connecting = true;
        connection.incrementAndGet();
        try {
            client.connect(options, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    connecting = false; // connectComplete subscribes
                }

                @Override
                public void onFailure(IMqttToken token, Throwable cause) {
                    connecting = false;
                    LOG.warnf("MQTT broker %s not reachable (%s); retrying while this instance holds the subscription",
                            config.brokerUrl(), cause.getMessage());
                }
            });
        } catch (MqttException e) {
            connecting = false;
            LOG.warnf("Could not connect to the MQTT broker %s: %s", config.brokerUrl(), e.getMessage());
        }
    }

    @Override
    public void connectComplete(boolean reconnect, String serverURI) {
        if (!active || stopping) {
            // a connect that completed after this instance stepped down: leave at once (not on Paho's
            // thread, which may not disconnect), or it would keep the session from the role's holder
            connections.execute(this::disconnect);
            return;
        }
        List<String> filters = new ArrayList<>(List.of(DeviceTopic.filters(config.topicPrefix())));
        if (config.managesDeviceCredentials()) {
            filters.add(DynamicSecurity.RESPONSES);
        }
        int[] qos = new int[filters.size()];
        java.util.Arrays.fill(qos, QOS);
        try {
            client.subscribe(filters.toArray(String[]::new), qos);
            LOG.infof("Listening to devices on %s under '%s/'", serverURI, config.topicPrefix());
        } catch (MqttException e) {
            LOG.warnf(e, "Could not subscribe to the device topics");
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws InterruptedException {
        if (stopping || !active) {
            return; // not acknowledged: the broker delivers it again when the session returns
        }
        if (topic.equals(DynamicSecurity.RESPONSES)) {
            dynamicSecurity.responseArrived(message.getPayload());
            acknowledge(message);
            return;
        }
        var parsed = DeviceTopic.parse(config.topicPrefix(), topic);
        if (parsed.isEmpty()) {
            acknowledge(message);
            return;
        }
        DeviceTopic deviceTopic = parsed.get();
        if (message.getPayload().length > config.maxPayloadBytes()) {
            refuse(Refusal.TOO_LARGE, deviceTopic, message);
            return;
        }
        String payload = new String(message.getPayload(), StandardCharsets.UTF_8);
        Lane lane = lanes.get(Math.floorMod(deviceTopic.token().hashCode(), LANES));
        long arrivedOn = connection.get();
        Runnable work = () -> process(lane, deviceTopic, payload, message, arrivedOn);
        if (message.getQos() == 0) {
            if (!lane.offer(work)) {
                refuse(Refusal.LANE_FULL, deviceTopic, message);
            }
        } else {
            lane.put(work); // waits: the broker sends no more than its in-flight window meanwhile
        }
    }

    /**
     * Stores the message, retrying while the database is unreachable; acknowledges it once handled, on
     * the connection it arrived on. Left alone (for the broker to deliver again) once that connection or
     * the role is gone.
     */
    private void process(Lane lane, DeviceTopic topic, String payload, MqttMessage message, long arrivedOn) {
        if (!current(arrivedOn)) {
            return;
        }
        if (!handler.admit(topic)) {
            refuse(Refusal.RATE_LIMITED, topic, message);
            return;
        }
        long backoff = 100;
        while (lane.running() && current(arrivedOn)) {
            try {
                Outcome outcome = handler.handle(topic, payload);
                switch (outcome) {
                    case STORED -> stored.increment();
                    case REFUSED -> refused.get(Refusal.INVALID).increment();
                }
                if (connection.get() == arrivedOn) {
                    acknowledge(message);
                } // else stored, and delivered again by the broker on the next connection: at least once
                return;
            } catch (StoreUnavailable down) {
                LOG.debugf("Database unreachable; message of device %s kept, retrying in %d ms",
                        DeviceMessageHandler.masked(topic.token()), backoff);
                if (!pause(backoff)) {
                    return; // stopping: not acknowledged, so the broker delivers it again
                }
                backoff = Math.min(backoff * 2, MAX_STORE_BACKOFF_MILLIS);
            } catch (RuntimeException e) {
                // a defect, not an outage: retrying would block this lane for good
                LOG.errorf(e, "Could not handle a %s message of device %s", topic.kind(),
                        DeviceMessageHandler.masked(topic.token()));
                refuse(Refusal.FAILED, topic, message);
                return;
            }
        }
    }

    private boolean current(long arrivedOn) {
        return active && connection.get() == arrivedOn;
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void refuse(Refusal reason, DeviceTopic topic, MqttMessage message) {
        refused.get(reason).increment();
        LOG.debugf("Refused a %s message of device %s: %s", topic.kind(), DeviceMessageHandler.masked(topic.token()), reason);
        acknowledge(message);
    }

    private void acknowledge(MqttMessage message) {
        if (message.getQos() == 0 || client == null) {
            return; // QoS 0 has no acknowledgement; without a client (the lane test) there is no broker
        }
        try {
            client.messageArrivedComplete(message.getId(), message.getQos());
        } catch (MqttException e) {
            // the connection went meanwhile: the broker delivers the message again on the session's return
            LOG.debugf("Could not acknowledge message %d: %s", message.getId(), e.getMessage());
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        connection.incrementAndGet(); // what the lanes hold from it is delivered again on the next one
        LOG.warnf("Lost the MQTT broker (%s); reconnecting while this instance holds the subscription",
                cause == null ? "closed" : cause.getMessage());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // the service publishes only commands to the broker, acknowledged by their responses
    }

    /**
     * Stops taking messages (those arriving now stay unacknowledged, for the session's next connection),
     * lets the lanes finish what they hold (bounded), then leaves the broker. The subscriptions stay in
     * the persistent session, so the broker keeps what devices send until the service is back.
     */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        for (Lane lane : lanes) {
            try {
                lane.drainAndStop(DRAIN_MILLIS / LANES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (client == null) {
            return;
        }
        disconnect();
        try {
            client.close();
        } catch (MqttException e) {
            LOG.debugf("While closing the MQTT client: %s", e.getMessage());
        }
        connections.shutdownNow();
        role.stop(); // after leaving the broker: the next holder then finds the session free
    }

    private void disconnect() {
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(2_000);
            }
        } catch (MqttException e) {
            LOG.debugf("While disconnecting from the broker: %s", e.getMessage());
        }
    }
}
