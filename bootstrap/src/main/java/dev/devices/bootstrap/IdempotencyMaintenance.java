package dev.devices.bootstrap;

import dev.devices.application.port.in.AnswerOnceUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Forgets Idempotency-Key answers past their retention, periodically on every instance (deletes do not clash). */
@Singleton
class IdempotencyMaintenance {

    private static final Logger LOG = Logger.getLogger(IdempotencyMaintenance.class);

    private final AnswerOnceUseCase answers;

    IdempotencyMaintenance(AnswerOnceUseCase answers) {
        this.answers = answers;
    }

    @Scheduled(every = "{devices.idempotency.cleanup-interval}", delayed = "{devices.idempotency.cleanup-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            LOG.debugf("Forgot %d expired Idempotency-Key answers", answers.forgetExpired());
        } catch (RuntimeException e) {
            LOG.warnf("Forgetting expired Idempotency-Key answers failed, retried at the next run: %s", e.getMessage());
        }
    }
}
