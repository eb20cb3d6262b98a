package dev.devices.application.port.in;

import dev.devices.application.idempotency.StoredAnswer;
import dev.devices.domain.access.Caller;
import java.util.function.Supplier;

/**
 * Idempotency-Key (beyond.md §2): a request with a key the caller used before is answered with the
 * first answer instead of running again; across instances, for the retention.
 */
public interface AnswerOnceUseCase {

    /**
     * The answer to the caller's request under {@code key}: the stored one when the same request
     * ({@code fingerprint}) was answered before, else {@code run}'s, stored with the request's effect
     * when it is not a server error. Throws {@link KeyInUse} while the key's request runs elsewhere,
     * {@link KeyReused} when the key answered another request.
     */
    Answer answerOnce(Caller caller, String key, String fingerprint, Supplier<StoredAnswer> run);

    /** A refusal the caller's unit of work rolled back (a 4xx): stored on its own, to be given again. */
    void rememberRefusal(Caller caller, String key, StoredAnswer refusal);

    /** Forgets answers older than the retention; how many. */
    int forgetExpired();

    record Answer(StoredAnswer answer, boolean replayed) {
    }

    final class KeyInUse extends RuntimeException {
        public KeyInUse() {
            super("A request with this Idempotency-Key is still being processed.", null, false, false);
        }
    }

    final class KeyReused extends RuntimeException {
        public KeyReused() {
            super("Idempotency-Key was used with a different request.", null, false, false);
        }
    }
}
