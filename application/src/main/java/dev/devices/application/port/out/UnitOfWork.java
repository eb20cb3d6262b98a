package dev.devices.application.port.out;

import java.util.function.Supplier;

/**
 * The transaction boundary, decided by the use case: everything inside one call commits together or
 * not at all. Implemented by the persistence adapter; nested calls join the outer unit.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
