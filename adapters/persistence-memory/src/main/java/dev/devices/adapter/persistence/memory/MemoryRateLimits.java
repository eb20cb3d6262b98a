package dev.devices.adapter.persistence.memory;

import dev.devices.application.port.out.RateLimitPort;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counters in this process: one instance's truth, which is all an in-memory deployment has. */
final class MemoryRateLimits implements RateLimitPort {

    private record Key(int orgId, long windowStart) {
    }

    private static final long WINDOW_MILLIS = 60_000;

    private final ConcurrentHashMap<Key, AtomicLong> counts = new ConcurrentHashMap<>();

    @Override
    public long addRequests(int orgId, long windowStart, long requests) {
        long count = counts.computeIfAbsent(new Key(orgId, windowStart), k -> new AtomicLong()).addAndGet(requests);
        if (count == requests) {
            counts.keySet().removeIf(k -> k.orgId() == orgId && k.windowStart() < windowStart - WINDOW_MILLIS);
        }
        return count;
    }
}
