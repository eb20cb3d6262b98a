package dev.devices.application.port.out;

/**
 * Failed sign-in attempts at the token endpoint, counted per key (a client id, a username, an
 * address) in fixed time windows and shared by every instance, so that guessing is slowed however
 * many instances answer.
 */
public interface FailedSignInPort {

    /** Counts one failure of {@code key} in the window starting at {@code windowStart}; the count so far. */
    long recordFailure(String key, long windowStart);

    /** Failures of {@code key} counted in that window. */
    long failures(String key, long windowStart);
}
