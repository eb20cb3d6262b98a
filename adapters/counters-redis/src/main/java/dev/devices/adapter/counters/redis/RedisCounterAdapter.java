package dev.devices.adapter.counters.redis;

import dev.devices.application.port.out.FailedSignInPort;
import dev.devices.application.port.out.RateLimitPort;
import dev.devices.application.port.out.StoreUnavailable;
import io.quarkus.redis.datasource.RedisDataSource;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The rate-limit windows and sign-in failure counts as Redis counters: one round trip per count, a
 * script that adds and, on a window's first count, sets the key's expiry, so that Redis drops old
 * windows itself. Redis runs a script alone, so concurrent counts from every instance are exact.
 * Lazy ({@code ApplicationScoped}): the Redis client is only asked for once the wiring chooses these.
 */
@ApplicationScoped
@RedisCounters
class RedisCounterAdapter implements RateLimitPort, FailedSignInPort {

    /** KEYS[1] += ARGV[1]; a key without an expiry gets one of ARGV[2] seconds; answers the sum. */
    private static final String ADD = """
            local count = redis.call('INCRBY', KEYS[1], ARGV[1])
            if redis.call('TTL', KEYS[1]) == -1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
            return count""";

    /** A window's minute and the previous one are read (a lagging instance counts in the previous). */
    private static final long RATE_WINDOW_TTL_SECONDS = 180;
    /** As long as PostgreSQL keeps them: an hour past their window. */
    private static final long SIGN_IN_WINDOW_TTL_SECONDS = 3_660;

    private final RedisDataSource redis;
    private final String prefix;

    RedisCounterAdapter(RedisDataSource redis, RedisCountersConfig config) {
        this.redis = redis;
        this.prefix = config.keyPrefix();
    }

    @Override
    public long addRequests(int orgId, long windowStart, long requests) {
        return add(prefix + "rate:" + orgId + ":" + windowStart, requests, RATE_WINDOW_TTL_SECONDS);
    }

    @Override
    public long recordFailure(String key, long windowStart) {
        return add(signInKey(key, windowStart), 1, SIGN_IN_WINDOW_TTL_SECONDS);
    }

    @Override
    public long failures(String key, long windowStart) {
        Response count = reach(() -> redis.execute("GET", signInKey(key, windowStart)));
        return count == null ? 0 : count.toLong();
    }

    private String signInKey(String key, long windowStart) {
        // the window last: a key may hold ':' but the window is digits alone, so no two pairs share a name
        return prefix + "sign-in:" + key + ":" + windowStart;
    }

    private long add(String key, long amount, long ttlSeconds) {
        return reach(() -> redis.execute("EVAL", ADD, "1", key, Long.toString(amount), Long.toString(ttlSeconds))).toLong();
    }

    /**
     * A Redis that cannot be reached (refused, timed out, connection lost) is a store that is unavailable;
     * an error Redis answered with is a fault of ours and stays one.
     */
    private static Response reach(Supplier<Response> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (unreachable(e)) {
                throw new StoreUnavailable(e);
            }
            throw e;
        }
    }

    static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException || t instanceof TimeoutException
                    || t.getMessage() != null && t.getMessage().startsWith("Connection")) {
                return true;
            }
        }
        return false;
    }
}
