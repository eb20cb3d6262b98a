package dev.devices.adapter.persistence.jpa;

import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;

/** Turns a unique-key violation on flush into the domain failure the caller should see. */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    static <T> T translate(Supplier<T> write, Supplier<? extends RuntimeException> onViolation) {
        try {
            return write.get();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException) {
                    throw onViolation.get();
                }
            }
            throw e;
        }
    }
}
