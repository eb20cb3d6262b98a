package dev.devices.adapter.devicemqtt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The MQTT adapter's settings; values in bootstrap's application.properties. */
@ConfigMapping(prefix = "devices.mqtt")
public interface MqttConfig {

    /** Off by default, so that running the service needs no broker. */
    @WithDefault("false")
    boolean enabled();

    @WithDefault("tcp://127.0.0.1:1883")
    String brokerUrl();

    /** First topic level; device topics are {@code <prefix>/<device token>/...}. */
    @WithDefault("devices")
    String topicPrefix();

    Optional<String> username();

    Optional<String> password();
}
