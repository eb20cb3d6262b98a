package dev.devices.adapter.counters.redis;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the Redis implementations of the shared counters ({@code RateLimitPort}, {@code FailedSignInPort}),
 * so that they never stand in for the default ones by accident: the service's wiring picks them when
 * {@code devices.counters.store=redis}.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface RedisCounters {
}
