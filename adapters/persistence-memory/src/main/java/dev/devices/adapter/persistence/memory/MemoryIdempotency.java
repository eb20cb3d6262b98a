package dev.devices.adapter.persistence.memory;

import dev.devices.application.idempotency.StoredAnswer;
import dev.devices.application.port.out.IdempotencyPort;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** Idempotency keys in memory; units of work are serialized, so holding a key needs nothing more. */
final class MemoryIdempotency implements IdempotencyPort {

    private final Store store;

    MemoryIdempotency(Store store) {
        this.store = store;
    }

    @Override
    public boolean hold(String scope, String key) {
        return true;
    }

    @Override
    public Optional<StoredAnswer> find(String scope, String key, long storedSince) {
        return store.apply(s -> Optional.ofNullable(s.idempotentAnswers.get(scope + " " + key))
                .filter(kept -> kept.storedAt() >= storedSince).map(State.KeptAnswer::answer));
    }

    @Override
    public void save(String scope, String key, StoredAnswer answer, long now) {
        store.accept(s -> s.idempotentAnswers.put(scope + " " + key, new State.KeptAnswer(answer, now)));
    }

    @Override
    public int forgetBefore(long before, int limit) {
        return store.apply(s -> {
            int forgotten = 0;
            for (Iterator<Map.Entry<String, State.KeptAnswer>> kept = s.idempotentAnswers.entrySet().iterator();
                 kept.hasNext() && forgotten < limit; ) {
                if (kept.next().getValue().storedAt() < before) {
                    kept.remove();
                    forgotten++;
                }
            }
            return forgotten;
        });
    }
}
