package dev.devices.bootstrap;

import dev.devices.application.port.in.KeepHistoryBoundedUseCase;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Keeps the history within its retention and the coming weeks prepared: once at start-up and then
 * periodically, on every instance (the
 * store serializes them). A failure is logged and retried at the next run; records are taken meanwhile.
 */
@Singleton
class HistoryMaintenance {

    private static final Logger LOG = Logger.getLogger(HistoryMaintenance.class);

    private final KeepHistoryBoundedUseCase history;

    HistoryMaintenance(KeepHistoryBoundedUseCase history) {
        this.history = history;
    }

    /** Beside the start, not in its way: a run may wait for locks, and records are taken meanwhile anyway. */
    void atStart(@Observes StartupEvent start) {
        CompletableFuture.runAsync(this::run);
    }

    @Scheduled(every = "{devices.history.maintenance-interval}", delayed = "{devices.history.maintenance-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            long removedBefore = history.keepHistoryBounded();
            LOG.debugf("History kept from %s", Instant.ofEpochMilli(removedBefore));
        } catch (RuntimeException e) {
            LOG.warnf("History maintenance failed, retried at the next run: %s", e.getMessage());
        }
    }
}
