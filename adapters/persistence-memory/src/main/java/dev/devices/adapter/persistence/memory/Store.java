package dev.devices.adapter.persistence.memory;

import dev.devices.application.port.out.UnitOfWork;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The state behind one lock. A unit of work holds the lock throughout (units are serialized) and
 * restores the snapshot it took when its work fails, so nothing is half-written; nested units join.
 */
final class Store implements UnitOfWork {

    private final ReentrantLock lock = new ReentrantLock();
    private State state = new State();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            State snapshot = state.copy();
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                state = snapshot;
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs one port operation under the lock (inside the caller's unit of work, if any). */
    <T> T apply(Function<State, T> operation) {
        lock.lock();
        try {
            return operation.apply(state);
        } finally {
            lock.unlock();
        }
    }

    void accept(java.util.function.Consumer<State> operation) {
        apply(s -> {
            operation.accept(s);
            return null;
        });
    }
}
