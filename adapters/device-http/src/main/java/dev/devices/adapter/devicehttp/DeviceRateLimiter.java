package dev.devices.adapter.devicehttp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A fixed one-second window per device token, counted in this instance. A device talks to one
 * instance at a time in practice, so a per-instance count is what protects that instance.
 */
@ApplicationScoped
class DeviceRateLimiter {

    private static final int CLEANUP_THRESHOLD = 100_000;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int limit;
    private final LongSupplier seconds;

    @Inject
    DeviceRateLimiter(DeviceApiConfig config) {
        this(config.rateLimitPerSecond(), () -> System.currentTimeMillis() / 1000);
    }

    DeviceRateLimiter(int limit, LongSupplier seconds) {
        this.limit = limit;
        this.seconds = seconds;
    }

    /** Counts the call; false when the device has used up this second. */
    boolean tryAcquire(String token) {
        long now = seconds.getAsLong();
        if (windows.size() > CLEANUP_THRESHOLD) {
            windows.values().removeIf(w -> w.second < now);
        }
        Window window = windows.compute(token, (t, w) -> w == null || w.second != now ? new Window(now) : w);
        return window.count.incrementAndGet() <= limit;
    }

    private static final class Window {
        final long second;
        final AtomicInteger count = new AtomicInteger();

        Window(long second) {
            this.second = second;
        }
    }
}
