package dev.devices.adapter.counters.redis;

import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.smallrye.health.api.Wellness;

/**
 * Whether Redis answers, when the counters live there ({@code devices.counters.store=redis}), under
 * {@code /q/health/well}: not readiness, because every instance shares the one Redis, and the device
 * API and MQTT, which never use it, must stay in service while the platform API answers 503. Otherwise
 * Redis is not asked at all (the extension's own check, which would ask it always, is switched off).
 */
@Wellness
@ApplicationScoped
class RedisCountersHealth implements HealthCheck {

    private final boolean chosen;
    private final Instance<RedisDataSource> redis;

    RedisCountersHealth(@ConfigProperty(name = "devices.counters.store") String store, Instance<RedisDataSource> redis) {
        this.chosen = "redis".equalsIgnoreCase(store);
        this.redis = redis;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Redis counters");
        if (!chosen) {
            return response.up().withData("store", "not chosen").build();
        }
        try {
            redis.get().execute("PING");
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down().withData("reason", String.valueOf(e.getMessage())).build();
        }
    }
}
