package dev.devices.application.port.out;

import dev.devices.application.idempotency.StoredAnswer;
import java.util.Optional;

/**
 * The answers given to requests that carried an Idempotency-Key, shared by every instance: one
 * request of a key runs at a time, and its answer is stored in the same unit of work as its effect.
 */
public interface IdempotencyPort {

    /**
     * Holds the key for the rest of this unit of work unless another unit holds it: false then (it
     * is running that key's request now), without waiting.
     */
    boolean hold(String scope, String key);

    /** The answer stored for the key since {@code storedSince}; older ones count as absent. */
    Optional<StoredAnswer> find(String scope, String key, long storedSince);

    /** Stores (or replaces an expired) answer for the key, at {@code now}. */
    void save(String scope, String key, StoredAnswer answer, long now);

    /** Forgets answers stored before {@code before}, at most {@code limit}; how many it forgot. */
    int forgetBefore(long before, int limit);
}
