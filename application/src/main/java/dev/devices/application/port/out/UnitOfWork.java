package dev.devices.application.port.out;

import java.util.function.Supplier;

/**
 * The transaction boundary, decided by the use case: everything inside one call commits together or
 * not at all. Implemented by the persistence adapter; nested calls join the outer unit.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    /**
     * A unit that only reads, which a store may serve from a copy (a read replica) as long as the copy
     * holds every write committed before the unit began: a caller's read after its own write sees it,
     * whichever instance served the write. The work may run more than once, so it must not write.
     * Nested in another unit it joins that one.
     */
    default <T> T readOnly(Supplier<T> work) {
        return inTransaction(work);
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
