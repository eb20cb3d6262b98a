package dev.devices.adapter.counters.redis;

import io.smallrye.config.ConfigMapping;

/** The Redis counters' settings; their values live in bootstrap's application.properties. */
@ConfigMapping(prefix = "devices.counters.redis")
public interface RedisCountersConfig {

    /** The start of every key the service writes, so that it can share a Redis with others. */
    String keyPrefix();
}
