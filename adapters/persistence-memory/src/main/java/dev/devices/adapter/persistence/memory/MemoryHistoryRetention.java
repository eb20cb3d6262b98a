package dev.devices.adapter.persistence.memory;

import dev.devices.application.port.out.HistoryRetentionPort;

/** Retention in memory: records are removed one by one, to the millisecond; nothing to prepare. */
final class MemoryHistoryRetention implements HistoryRetentionPort {

    private final Store store;

    MemoryHistoryRetention(Store store) {
        this.store = store;
    }

    @Override
    public void prepare(long from, long until) {
        // lists take records of any time as they come
    }

    @Override
    public long removeBefore(long cutoff) {
        store.accept(s -> {
            s.history.removeIf(h -> h.ts() < cutoff);
            s.timeline.values().removeIf(e -> e.ts() < cutoff);
            s.actionLog.values().removeIf(e -> e.createdAt() < cutoff);
        });
        return cutoff;
    }
}
