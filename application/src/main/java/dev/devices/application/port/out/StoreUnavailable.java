package dev.devices.application.port.out;

/**
 * A persistence adapter cannot reach its store right now (connection refused, dropped, or none free
 * in time). Nothing of the unit of work was committed; the caller may retry later.
 */
public final class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(Throwable cause) {
        super("The data store cannot be reached.", cause);
    }
}
