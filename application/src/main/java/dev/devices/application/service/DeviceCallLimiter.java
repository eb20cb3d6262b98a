package dev.devices.application.service;

import dev.devices.application.port.in.AdmitDeviceCallUseCase;
import dev.devices.domain.device.DeviceToken;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * A fixed one-second window per device token, counted in this instance and shared by the device's
 * transports. A device talks to one instance at a time in practice, so a per-instance count is what
 * protects that instance.
 *
 * <p>Only the current second is kept: a new second starts a new table and the old one is dropped whole,
 * so no call ever walks the table. The table holds at most {@code tokensPerSecond} tokens; past that a
 * new token is admitted uncounted for the rest of the second (it is still authenticated by the call).
 * A flood of made-up tokens therefore costs neither memory nor speed, and cannot lock real devices out.
 */
public final class DeviceCallLimiter implements AdmitDeviceCallUseCase {

    private final AtomicReference<Second> current;
    private final int limit;
    private final int tokensPerSecond;
    private final LongSupplier seconds;

    public DeviceCallLimiter(int callsPerSecond, int tokensPerSecond, LongSupplier seconds) {
        if (callsPerSecond < 1 || tokensPerSecond < 1) {
            throw new IllegalArgumentException("the limits must be positive");
        }
        this.limit = callsPerSecond;
        this.tokensPerSecond = tokensPerSecond;
        this.seconds = seconds;
        this.current = new AtomicReference<>(new Second(seconds.getAsLong()));
    }

    @Override
    public boolean admit(String token) {
        if (!DeviceToken.looksLikeOne(token)) {
            return true;
        }
        Second second = second();
        AtomicInteger count = second.counts.get(token);
        if (count == null) {
            if (second.counts.size() >= tokensPerSecond) {
                return true;
            }
            count = second.counts.computeIfAbsent(token, t -> new AtomicInteger());
        }
        return count.incrementAndGet() <= limit;
    }

    /** This second's table; the first caller of a new second replaces the old one. */
    private Second second() {
        long now = seconds.getAsLong();
        while (true) {
            Second second = current.get();
            if (now <= second.second) {
                return second;
            }
            Second fresh = new Second(now);
            if (current.compareAndSet(second, fresh)) {
                return fresh;
            }
        }
    }

    private static final class Second {
        final long second;
        final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();

        Second(long second) {
            this.second = second;
        }
    }
}
