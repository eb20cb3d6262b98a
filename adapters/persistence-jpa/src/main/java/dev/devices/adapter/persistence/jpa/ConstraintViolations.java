package dev.devices.adapter.persistence.jpa;

import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;

/** Turns a constraint violation on flush into the domain failure the caller should see. */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    /** Any violation (a taken unique key) becomes {@code onViolation}. */
    static <T> T translate(Supplier<T> write, Supplier<? extends RuntimeException> onViolation) {
        return translate(write, null, onViolation);
    }

    /** A violation of the named constraint (any, when null) becomes {@code onViolation}; others pass. */
    static <T> T translate(Supplier<T> write, String constraint, Supplier<? extends RuntimeException> onViolation) {
        try {
            return write.get();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException violation
                        && (constraint == null || constraint.equalsIgnoreCase(violation.getConstraintName()))) {
                    throw onViolation.get();
                }
            }
            throw e;
        }
    }
}
