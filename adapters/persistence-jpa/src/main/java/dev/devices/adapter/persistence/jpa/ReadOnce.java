package dev.devices.adapter.persistence.jpa;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Rows that never change once created and whose ids are never reused (templates, organizations),
 * kept once read: an entry cannot go stale, so instances need no invalidation. What was not found
 * is not remembered. Editing or deleting such rows would need one first (docs/decisions.md).
 */
final class ReadOnce<T> {

    private final Map<Integer, T> byId = new ConcurrentHashMap<>();
    private final IntFunction<Optional<T>> load;

    ReadOnce(IntFunction<Optional<T>> load) {
        this.load = load;
    }

    Optional<T> get(int id) {
        T kept = byId.get(id);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<T> loaded = load.apply(id);
        loaded.ifPresent(row -> byId.put(id, row));
        return loaded;
    }
}
