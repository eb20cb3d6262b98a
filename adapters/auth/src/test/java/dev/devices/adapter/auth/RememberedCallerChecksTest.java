package dev.devices.adapter.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.application.port.in.AuthenticateCallerUseCase;
import dev.devices.application.port.in.AuthenticateCallerUseCase.CallerRejected;
import dev.devices.application.port.in.AuthenticateCallerUseCase.VerifiedToken;
import dev.devices.application.port.out.StoreUnavailable;
import dev.devices.domain.access.Caller;
import dev.devices.domain.error.Forbidden;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Caller checks remembered for the TTL, forgotten at once when this instance changes a caller. */
class RememberedCallerChecksTest {

    private static final Duration TTL = Duration.ofSeconds(5);
    private static final VerifiedToken TOKEN = new VerifiedToken(3, "client-a", null, null);

    /** The real check, as the database would answer it now; counts how often it is asked. */
    private final AtomicReference<RuntimeException> refusal = new AtomicReference<>();
    private final AtomicInteger asked = new AtomicInteger();
    private final AuthenticateCallerUseCase database = token -> {
        asked.incrementAndGet();
        if (refusal.get() != null) {
            throw refusal.get();
        }
        return Caller.organization(token.orgId(), token.clientId());
    };
    private final AtomicLong nanos = new AtomicLong();
    private final RememberedCallerChecks checks = new RememberedCallerChecks(database, TTL, nanos::get);

    @Test
    void aCheckIsMadeOncePerTokenWithinTheTtl() {
        for (int i = 0; i < 100; i++) {
            assertThat(checks.authenticate(TOKEN).orgId()).isEqualTo(3);
        }
        assertThat(asked).hasValue(1);
        checks.authenticate(new VerifiedToken(3, "client-b", null, null));
        assertThat(asked).hasValue(2);
    }

    @Test
    void aRevocationOnAnotherInstanceAppliesOnceTheTtlHasPassed() {
        checks.authenticate(TOKEN);
        refusal.set(new CallerRejected("The token's OAuth client no longer exists."));
        nanos.addAndGet(TTL.toNanos() - 1);
        assertThat(checks.authenticate(TOKEN).orgId()).isEqualTo(3); // still remembered
        nanos.addAndGet(1);
        assertThatThrownBy(() -> checks.authenticate(TOKEN)).isInstanceOf(CallerRejected.class)
                .hasMessage("The token's OAuth client no longer exists.");
    }

    @Test
    void aChangeOnThisInstanceAppliesAtOnce() {
        checks.authenticate(TOKEN);
        refusal.set(Forbidden.platformApiScope());
        checks.callersChanged();
        assertThatThrownBy(() -> checks.authenticate(TOKEN)).isInstanceOf(Forbidden.class)
                .hasMessage(Forbidden.platformApiScope().getMessage());
    }

    /**
     * A check that read the client before its deletion committed, and returns after this instance
     * forgot its checks: its answer stands for that call, but is not remembered for the next.
     */
    @Test
    void aCheckInFlightDuringARevocationIsNotRemembered() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch revoked = new CountDownLatch(1);
        AuthenticateCallerUseCase slowDatabase = token -> {
            boolean first = asked.incrementAndGet() == 1;
            if (refusal.get() != null && !first) {
                throw refusal.get();
            }
            if (first) {
                reading.countDown();
                await(revoked);
            }
            return Caller.organization(token.orgId(), token.clientId());
        };
        RememberedCallerChecks slow = new RememberedCallerChecks(slowDatabase, TTL, nanos::get);
        CompletableFuture<Caller> inFlight = CompletableFuture.supplyAsync(() -> slow.authenticate(TOKEN));
        reading.await();
        refusal.set(new CallerRejected("The token's OAuth client no longer exists."));
        slow.callersChanged();
        revoked.countDown();
        assertThat(inFlight.get().orgId()).isEqualTo(3);
        assertThatThrownBy(() -> slow.authenticate(TOKEN)).isInstanceOf(CallerRejected.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void refusalsAreRememberedToo() {
        refusal.set(new CallerRejected("The token's user no longer exists or is not active."));
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> checks.authenticate(TOKEN)).isInstanceOf(CallerRejected.class);
        }
        assertThat(asked).hasValue(1);
    }

    @Test
    void aStoreThatFailsIsAskedAgainNextTime() {
        refusal.set(new StoreUnavailable(new IllegalStateException("connection refused")));
        assertThatThrownBy(() -> checks.authenticate(TOKEN)).isInstanceOf(StoreUnavailable.class);
        refusal.set(null);
        assertThat(checks.authenticate(TOKEN).orgId()).isEqualTo(3);
        assertThat(asked).hasValue(2);
    }
}
