package dev.devices.application.service;

import dev.devices.application.port.in.KeepHistoryBoundedUseCase;
import dev.devices.application.port.out.HistoryRetentionPort;
import dev.devices.application.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Duration;

/**
 * Prepares the coming weeks and removes what is older than the retention, in units of work of their
 * own so that none holds another's locks for long.
 */
public final class HistoryRetentionService implements KeepHistoryBoundedUseCase {

    /** How far ahead the store is made ready: weeks in which nobody may run this without harm. */
    static final Duration PREPARED_AHEAD = Duration.ofDays(28);
    private static final long DAY = Duration.ofDays(1).toMillis();

    private final UnitOfWork unitOfWork;
    private final HistoryRetentionPort history;
    private final Clock clock;
    private final Duration retention;

    public HistoryRetentionService(UnitOfWork unitOfWork, HistoryRetentionPort history, Clock clock, Duration retention) {
        if (retention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("The history retention must be at least a day, not " + retention);
        }
        this.unitOfWork = unitOfWork;
        this.history = history;
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public long keepHistoryBounded() {
        long now = clock.millis();
        // a day per unit of work: what a store locks to prepare one span is released before the next
        for (long from = now; from < now + PREPARED_AHEAD.toMillis(); from += DAY) {
            long start = from;
            unitOfWork.run(() -> history.prepare(start, start + DAY));
        }
        return unitOfWork.inTransaction(() -> history.removeBefore(now - retention.toMillis()));
    }
}
