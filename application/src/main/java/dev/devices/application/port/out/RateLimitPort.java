package dev.devices.application.port.out;

/**
 * Request counters per organization and time window, shared by every instance of the service so
 * that a limit holds however many run. Instances add requests in blocks (the quota they lease), so
 * the counter is written once per block, not once per request.
 */
public interface RateLimitPort {

    /**
     * Adds {@code requests} to the count of {@code orgId} in the one-minute window starting at
     * {@code windowStart}, atomically against every other instance; the count after adding them. A
     * store keeps at least the current and the previous window of an organization (an instance whose
     * clock lags may still count in the previous one) and may drop older ones.
     */
    long addRequests(int orgId, long windowStart, long requests);
}
