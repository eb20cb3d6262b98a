package dev.devices.application.service;

import dev.devices.application.port.in.AnswerOnceUseCase;
import dev.devices.application.port.out.IdempotencyPort;
import dev.devices.application.idempotency.StoredAnswer;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.domain.access.Caller;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One run per key: the key is held for the unit of work (another instance's try answers 409 at
 * once), and the answer is stored in the same unit as the request's effect, so a crash in between
 * leaves neither, and a retry runs again. Keys are the caller's own: organization, client and user.
 */
public final class IdempotencyService implements AnswerOnceUseCase {

    private static final int FORGET_BATCH = 10_000;

    private final UnitOfWork unitOfWork;
    private final IdempotencyPort answers;
    private final Duration retention;
    private final Clock clock;

    public IdempotencyService(UnitOfWork unitOfWork, IdempotencyPort answers, Duration retention, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.answers = answers;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public Answer answerOnce(Caller caller, String key, String fingerprint, Supplier<StoredAnswer> run) {
        String scope = scopeOf(caller);
        return unitOfWork.inTransaction(() -> {
            if (!answers.hold(scope, key)) {
                throw new KeyInUse();
            }
            long now = clock.millis();
            Optional<StoredAnswer> before = answers.find(scope, key, now - retention.toMillis());
            if (before.isPresent()) {
                if (!before.get().fingerprint().equals(fingerprint)) {
                    throw new KeyReused();
                }
                return new Answer(before.get(), true);
            }
            StoredAnswer fresh = run.get();
            if (fresh.status() < 500) {
                answers.save(scope, key, fresh, now);
            }
            return new Answer(fresh, false);
        });
    }

    @Override
    public void rememberRefusal(Caller caller, String key, StoredAnswer refusal) {
        String scope = scopeOf(caller);
        unitOfWork.run(() -> {
            long now = clock.millis();
            // another try may have run meanwhile (the key was free once the refused unit rolled back): its answer stays
            if (answers.hold(scope, key) && answers.find(scope, key, now - retention.toMillis()).isEmpty()) {
                answers.save(scope, key, refusal, now);
            }
        });
    }

    @Override
    public int forgetExpired() {
        long before = clock.millis() - retention.toMillis();
        int forgotten = 0;
        int batch;
        do {
            batch = unitOfWork.inTransaction(() -> answers.forgetBefore(before, FORGET_BATCH));
            forgotten += batch;
        } while (batch == FORGET_BATCH);
        return forgotten;
    }

    private static String scopeOf(Caller caller) {
        return caller.orgId() + "/" + caller.clientId() + "/" + (caller.userId() == null ? "-" : caller.userId());
    }
}
