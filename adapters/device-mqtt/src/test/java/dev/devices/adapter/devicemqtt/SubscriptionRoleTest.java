package dev.devices.adapter.devicemqtt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.port.in.ClaimRoleUseCase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The role comes, stays, and goes: on another holder, on a store that stops answering, on a clean stop. */
class SubscriptionRoleTest {

    private static final Duration TERM = Duration.ofSeconds(4); // claims every 1 s, a step-down due after 2 s

    /** What the next claim does: answer true or false, throw, or hang. */
    private final AtomicReference<BooleanSupplier> nextClaim = new AtomicReference<>(() -> true);
    private final List<String> released = new CopyOnWriteArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final SubscriptionRole role = new SubscriptionRole(new ClaimRoleUseCase() {
        public boolean claim(String name, String instance) {
            return nextClaim.get().getAsBoolean();
        }

        public void release(String name, String instance) {
            released.add(name);
        }

        public Duration term() {
            return TERM;
        }
    }, new SubscriptionRole.Holder() {
        public void gained() {
            events.add("gained");
        }

        public void stillHeld() {
            events.add("held");
        }

        public void lost() {
            events.add("lost");
        }
    });

    @AfterEach
    void stop() {
        role.stop();
    }

    @Test
    void theRoleIsGainedAtStartAndRenewedWhileClaimsSucceed() throws InterruptedException {
        role.start();
        assertThat(events).first().isEqualTo("gained");
        Thread.sleep(1_500);
        assertThat(events).contains("held").doesNotContain("lost");
    }

    @Test
    void anotherHoldersClaimTakesTheRoleAway() throws InterruptedException {
        role.start();
        nextClaim.set(() -> false);
        await(() -> events.contains("lost"));
        assertThat(events).containsOnlyOnce("lost");
    }

    @Test
    void aStoreThatStopsAnsweringLetsTheRoleGoWithinHalfATerm() throws InterruptedException {
        role.start();
        long failingSince = System.nanoTime();
        nextClaim.set(() -> {
            throw new IllegalStateException("database unreachable");
        });
        await(() -> events.contains("lost"));
        assertThat(Duration.ofNanos(System.nanoTime() - failingSince)).isLessThan(TERM);
    }

    @Test
    void aClaimHangingOnTheStoreDoesNotDelayTheStepDown() throws InterruptedException {
        role.start();
        long hangingSince = System.nanoTime();
        nextClaim.set(() -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        });
        await(() -> events.contains("lost"));
        assertThat(Duration.ofNanos(System.nanoTime() - hangingSince)).isLessThan(TERM);
    }

    @Test
    void aCleanStopReleasesAHeldRoleAndOnlyThen() {
        role.start();
        role.stop();
        assertThat(released).containsExactly(SubscriptionRole.ROLE);
        role.stop();
        assertThat(released).hasSize(1);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("within 15 s").isTrue();
    }
}
