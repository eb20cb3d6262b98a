package dev.devices.adapter.persistence.memory;

import dev.devices.application.port.out.FailedSignInPort;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Failure counters in this process: one instance's truth, which is all an in-memory deployment has. */
final class MemoryFailedSignIns implements FailedSignInPort {

    private record Key(String key, long windowStart) {
    }

    private final ConcurrentHashMap<Key, AtomicLong> counts = new ConcurrentHashMap<>();

    @Override
    public long recordFailure(String key, long windowStart) {
        long count = counts.computeIfAbsent(new Key(key, windowStart), k -> new AtomicLong()).incrementAndGet();
        if (count == 1) {
            counts.keySet().removeIf(k -> k.windowStart() < windowStart - 3_600_000L);
        }
        return count;
    }

    @Override
    public long failures(String key, long windowStart) {
        AtomicLong count = counts.get(new Key(key, windowStart));
        return count == null ? 0 : count.get();
    }
}
