package dev.devices.application.service;

import dev.devices.application.port.in.AdmitDeviceCallUseCase;
import dev.devices.domain.device.DeviceToken;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A fixed one-second window per device token, counted in this instance and shared by the device's
 * transports. A device talks to one instance at a time in practice, so a per-instance count is what
 * protects that instance. Windows of past seconds are dropped once many have piled up.
 */
public final class DeviceCallLimiter implements AdmitDeviceCallUseCase {

    private static final int CLEANUP_THRESHOLD = 100_000;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong(Long.MIN_VALUE);
    private final int limit;
    private final LongSupplier seconds;

    public DeviceCallLimiter(int callsPerSecond, LongSupplier seconds) {
        this.limit = callsPerSecond;
        this.seconds = seconds;
    }

    @Override
    public boolean admit(String token) {
        if (!DeviceToken.looksLikeOne(token)) {
            return true;
        }
        long now = seconds.getAsLong();
        // at most one sweep a second: while more tokens than the threshold call within one second,
        // a sweep frees nothing, and sweeping on every call would make each call walk the whole map
        if (windows.size() > CLEANUP_THRESHOLD && lastSweep.getAndSet(now) != now) {
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
