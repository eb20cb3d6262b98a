package dev.devices.adapter.devicehttp;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the device-facing API; values in bootstrap's application.properties. */
@ConfigMapping(prefix = "devices.device-api")
public interface DeviceApiConfig {

    /** Calls one device may make per second before it gets 429. */
    @WithDefault("50")
    int rateLimitPerSecond();
}
