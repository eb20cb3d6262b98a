package dev.devices.application.port.out;

/**
 * Request counters per organization and time window, shared by every instance of the service so
 * that a limit holds however many run.
 */
public interface RateLimitPort {

    /** Counts one request of {@code orgId} in the window starting at {@code windowStart}; the count so far. */
    long countRequest(int orgId, long windowStart);
}
