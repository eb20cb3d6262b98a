package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.port.out.IdempotencyPort;
import dev.devices.application.idempotency.StoredAnswer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Stored answers per scope and key, their expiry, and a key held by one unit of work at a time. */
public abstract class IdempotencyPortContract extends PortContract {

    private static final long NOW = 1_800_000_000_000L;

    private IdempotencyPort answers() {
        return adapter().idempotency();
    }

    @Test
    void anAnswerIsFoundUnderItsScopeAndKeyUntilItExpires() {
        String scope = "org/" + unique();
        StoredAnswer created = new StoredAnswer("f".repeat(64), 201, "{\"id\": 7}", Map.of("ETag", "\"7.1\"", "Location", "/x"));
        txRun(() -> answers().save(scope, "key-1", created, NOW));

        assertThat(tx(() -> answers().find(scope, "key-1", NOW - 1_000))).contains(created);
        assertThat(tx(() -> answers().find(scope, "key-1", NOW + 1))).as("stored before the retention began").isEmpty();
        assertThat(tx(() -> answers().find(scope, "key-2", NOW - 1_000))).isEmpty();
        assertThat(tx(() -> answers().find("other/" + unique(), "key-1", NOW - 1_000))).isEmpty();

        StoredAnswer refused = new StoredAnswer("e".repeat(64), 404, "{\"error\": {}}", Map.of());
        txRun(() -> answers().save(scope, "key-1", refused, NOW + 10));
        assertThat(tx(() -> answers().find(scope, "key-1", NOW + 5))).as("an expired one replaced").contains(refused);
    }

    @Test
    void expiredAnswersAreForgottenInBatches() {
        String scope = "org/" + unique();
        StoredAnswer answer = new StoredAnswer("a".repeat(64), 204, null, Map.of());
        txRun(() -> {
            answers().save(scope, "old-1", answer, 1_000);
            answers().save(scope, "old-2", answer, 1_001);
            answers().save(scope, "new", answer, NOW);
        });
        assertThat(tx(() -> answers().forgetBefore(1_002, 1))).isEqualTo(1);
        assertThat(tx(() -> answers().forgetBefore(1_002, 100))).isGreaterThanOrEqualTo(1);
        assertThat(tx(() -> answers().find(scope, "old-2", 0))).isEmpty();
        assertThat(tx(() -> answers().find(scope, "new", 0))).contains(answer);
    }

    /** Two units never hold one key at once: the second is refused, or (a store that serializes units) waits. */
    @Test
    void aHeldKeyIsNeverHeldByAnotherUnitOfWorkAtTheSameTime() throws Exception {
        String scope = "org/" + unique();
        CountDownLatch held = new CountDownLatch(1);
        AtomicLong firstEnded = new AtomicLong(Long.MAX_VALUE);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> tx(() -> {
            boolean mine = answers().hold(scope, "busy");
            held.countDown();
            sleep(300);
            firstEnded.set(System.nanoTime());
            return mine;
        }));
        held.await();
        AtomicLong secondHeldAt = new AtomicLong();
        boolean second = tx(() -> {
            boolean mine = answers().hold(scope, "busy");
            secondHeldAt.set(System.nanoTime());
            return mine;
        });
        assertThat(first.join()).isTrue();
        assertThat(!second || secondHeldAt.get() >= firstEnded.get()).as("held by both at once").isTrue();
        assertThat(tx(() -> answers().hold(scope, "busy"))).as("free once the first unit ended").isTrue();
    }
}
