package dev.devices.domain.access;

import dev.devices.domain.error.DomainException;
import java.util.function.Supplier;

/** The answer of a named policy: allowed, or rejected with the failure to report. */
public final class Decision {

    private static final Decision ALLOWED = new Decision(null);

    private final Supplier<? extends DomainException> rejection;

    private Decision(Supplier<? extends DomainException> rejection) {
        this.rejection = rejection;
    }

    public static Decision allow() {
        return ALLOWED;
    }

    public static Decision reject(Supplier<? extends DomainException> rejection) {
        return new Decision(rejection);
    }

    public boolean allowed() {
        return rejection == null;
    }

    /** Throws the rejection when the decision is not an allow. */
    public void orThrow() {
        if (rejection != null) {
            throw rejection.get();
        }
    }
}
