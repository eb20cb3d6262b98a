package dev.devices.adapter.devicemqtt;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The MQTT adapter's settings; their values (defaults included) live in bootstrap's application.properties. */
@ConfigMapping(prefix = "devices.mqtt")
public interface MqttConfig {

    /** Off by default, so that running the service needs no broker. */
    boolean enabled();

    String brokerUrl();

    /** First topic level; device topics are {@code <prefix>/<device token>/...}. */
    String topicPrefix();

    /** The service's own broker account. */
    Optional<String> username();

    Optional<String> password();

    /**
     * The service's MQTT client id, the same for every instance: it names the broker session that
     * keeps messages not yet acknowledged across a restart and passes, with the subscription role, to
     * whichever instance holds it.
     */
    String clientId();

    /**
     * False (the default): a persistent session, so that the broker keeps what arrives while the
     * service restarts, and redelivers what it had not acknowledged.
     */
    boolean cleanSession();

    /** Larger messages are refused (counted, not stored): no device message needs more. */
    int maxPayloadBytes();

    /** Messages waiting per processing lane; beyond it QoS 0 messages are refused, QoS 1 wait. */
    int laneCapacity();

    /** {@code none}, or {@code dynamic-security}: the service keeps each device's credentials in Mosquitto. */
    String deviceCredentials();

    /** How often pending credential changes are applied to the broker. */
    String credentialsSyncInterval();

    default boolean managesDeviceCredentials() {
        return deviceCredentials().equals("dynamic-security");
    }
}
