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
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 *
 * <p>Of several instances exactly one subscribes: the one holding the role {@value #ROLE} (see
 * {@link ClaimRoleUseCase}), so each message is handled once and a device's messages stay in order.
 * Every instance uses the same client id, so the broker session, with what was delivered but not yet
 * acknowledged, passes to whichever instance takes the role over. The holder renews its claim a few
 * times per term and steps down (stops taking messages, leaves the broker) when it could not renew
 * for half a term, before another instance can take the role; a clean stop lets the role go at once.
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
    private static final long RETRY_SECONDS = 5;
    private static final long MAX_STORE_BACKOFF_MILLIS = 5_000;
    private static final long DRAIN_MILLIS = 5_000;
    /** How long a stepping-down holder lets the messages being stored finish before it leaves the broker. */
    private static final long STEP_DOWN_MILLIS = 1_000;
    static final String ROLE = "mqtt-subscription";

    /** Why a message was not stored, for the refused-messages counter. */
    enum Refusal { INVALID, RATE_LIMITED, TOO_LARGE, LANE_FULL, FAILED }

    private final MqttConfig config;
    private final DeviceMessageHandler handler;
    private final DynamicSecurity dynamicSecurity;
    private final ClaimRoleUseCase roles;
    private final String instance = instanceName();
    private final Counter stored;
    private final Map<Refusal, Counter> refused = new EnumMap<>(Refusal.class);
    private final List<Lane> lanes = new ArrayList<>();
    private ScheduledExecutorService retries;
    private ScheduledExecutorService roleKeeper;
    private MqttAsyncClient client;
    private volatile boolean stopping;
    /** This instance holds the role and takes messages. */
    private volatile boolean active;
    private long lastClaimNanos;

    MqttDeviceBridge(MqttConfig config, DeviceMessageHandler handler, DynamicSecurity dynamicSecurity,
                     ClaimRoleUseCase roles, MeterRegistry metrics) {
        this.config = config;
        this.handler = handler;
        this.dynamicSecurity = dynamicSecurity;
        this.roles = roles;
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
        retries = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "mqtt-connect"));
        client = new MqttAsyncClient(config.brokerUrl(), config.clientId(), new MemoryPersistence());
        client.setCallback(this);
        client.setManualAcks(true);
        dynamicSecurity.use(client);
        roleKeeper = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "mqtt-role"));
        long every = Math.max(200, roles.term().toMillis() / 4);
        keepRole(); // at once, so that a single instance subscribes as it starts
        roleKeeper.scheduleWithFixedDelay(this::keepRole, every, every, TimeUnit.MILLISECONDS);
    }

    /** Whether this instance holds the subscription now (the credential sync needs the connection too). */
    boolean isActive() {
        return active;
    }

    /** Claims or renews the role; becomes the subscriber on getting it, steps down on losing it. */
    private synchronized void keepRole() {
        if (stopping) {
            return;
        }
        boolean held;
        try {
            held = roles.claim(ROLE, instance);
        } catch (RuntimeException unreachable) {
            // the store is down: keep the role while the last claim surely holds, then let it go
            if (active && System.nanoTime() - lastClaimNanos > roles.term().toNanos() / 2) {
                LOG.warnf("Could not renew the MQTT subscription role (%s); stepping down", unreachable.getMessage());
                stepDown();
            }
            return;
        }
        if (held) {
            lastClaimNanos = System.nanoTime();
            if (!active) {
                active = true;
                LOG.infof("This instance (%s) takes the MQTT subscription", instance);
                connect();
            }
        } else if (active) {
            LOG.warnf("Another instance holds the MQTT subscription role; stepping down");
            stepDown();
        }
    }

    /**
     * Stops taking messages, drops the queued ones (unacknowledged: the broker redelivers them to the
     * next holder), lets those being stored finish briefly, and leaves the broker.
     */
    private void stepDown() {
        active = false;
        for (Lane lane : lanes) {
            lane.discardQueued();
        }
        pause(STEP_DOWN_MILLIS);
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

    /** Names this instance among the role's claimants: host, process and a random part for restarts. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void connect() {
        if (!active || stopping) {
            return;
        }
        MqttConnectOptions options = new MqttConnectOptions();
        options.setAutomaticReconnect(true);
        options.setCleanSession(config.cleanSession());
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
        if (!active || stopping) {
            // an automatic reconnect after this instance stepped down: leave at once, or it would take the
            // shared session back from the instance that holds the role now
            try {
                client.disconnect();
            } catch (MqttException e) {
                LOG.debugf("While leaving the broker after stepping down: %s", e.getMessage());
            }
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
        Runnable work = () -> process(lane, deviceTopic, payload, message);
        if (message.getQos() == 0) {
            if (!lane.offer(work)) {
                refuse(Refusal.LANE_FULL, deviceTopic, message);
            }
        } else {
            lane.put(work); // waits: the broker sends no more than its in-flight window meanwhile
        }
    }

    /** Stores the message, retrying while the database is unreachable; acknowledges it once handled. */
    private void process(Lane lane, DeviceTopic topic, String payload, MqttMessage message) {
        if (!handler.admit(topic)) {
            refuse(Refusal.RATE_LIMITED, topic, message);
            return;
        }
        long backoff = 100;
        while (lane.running() && active) { // after a step-down the next holder gets the message again
            try {
                Outcome outcome = handler.handle(topic, payload);
                switch (outcome) {
                    case STORED -> stored.increment();
                    case REFUSED -> refused.get(Refusal.INVALID).increment();
                }
                acknowledge(message);
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
        LOG.warnf("Lost the MQTT broker (%s); reconnecting", cause == null ? "closed" : cause.getMessage());
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
        if (retries != null) {
            retries.shutdownNow();
        }
        if (roleKeeper != null) {
            roleKeeper.shutdownNow();
        }
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
        if (active) {
            try {
                roles.release(ROLE, instance); // the next instance need not wait for the term
            } catch (RuntimeException unreachable) {
                LOG.debugf("Could not release the MQTT subscription role: %s", unreachable.getMessage());
            }
        }
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
