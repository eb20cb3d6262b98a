package dev.devices.application.port.in;

/**
 * Keeps datastream history, timeline and actions log within their retention, and the store ready for
 * what comes next. Safe on every instance at once; meant to run periodically.
 */
public interface KeepHistoryBoundedUseCase {

    /** Answers the time before which no record is left. */
    long keepHistoryBounded();
}
