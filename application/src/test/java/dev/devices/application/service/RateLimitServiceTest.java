package dev.devices.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.port.in.ConsumeRateLimitUseCase.RateLimitDecision;
import dev.devices.application.port.out.RateLimitPort;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.application.testing.AtOnce;
import dev.devices.application.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The limit leased in blocks: exact for one instance, never exceeded by several sharing one counter,
 * and the shared counter written once per block rather than once per call.
 */
class RateLimitServiceTest {

    private static final int ORG = 7;
    private static final Clock MID_MINUTE = Clock.fixed(Instant.parse("2026-12-01T10:00:30Z"), ZoneOffset.UTC);
    private static final UnitOfWork DIRECT = new UnitOfWork() {
        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return work.get();
        }
    };

    /** One shared counter, as the database is; it counts its own writes. */
    private static final class SharedCounter implements RateLimitPort {
        final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
        final AtomicInteger writes = new AtomicInteger();

        @Override
        public long addRequests(int orgId, long windowStart, long requests) {
            writes.incrementAndGet();
            return counts.computeIfAbsent(orgId + "@" + windowStart, k -> new AtomicLong()).addAndGet(requests);
        }
    }

    @Test
    void oneInstanceAdmitsExactlyTheLimitAndReportsWhatIsLeft() {
        RateLimitService limits = new RateLimitService(DIRECT, new SharedCounter(), MID_MINUTE, 8);
        for (int i = 1; i <= 8; i++) {
            RateLimitDecision decision = limits.consume(ORG);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(8 - i);
        }
        RateLimitDecision refused = limits.consume(ORG);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.resetSeconds()).isEqualTo(30);
        assertThat(limits.consume(ORG + 1).allowed()).isTrue(); // another organization has its own
    }

    @Test
    void theSharedCounterIsWrittenOncePerBlockNotOncePerCall() {
        SharedCounter counter = new SharedCounter();
        RateLimitService limits = new RateLimitService(DIRECT, counter, MID_MINUTE, 100_000);
        for (int i = 0; i < 10_000; i++) {
            assertThat(limits.consume(ORG).allowed()).isTrue();
        }
        assertThat(counter.writes.get()).isEqualTo(10_000 / (int) RateLimitService.MOST_PER_LEASE);
    }

    @Test
    void aRefusedWindowAsksTheCounterNoMore() {
        SharedCounter counter = new SharedCounter();
        RateLimitService limits = new RateLimitService(DIRECT, counter, MID_MINUTE, 3);
        for (int i = 0; i < 3; i++) {
            limits.consume(ORG);
        }
        assertThat(limits.consume(ORG).allowed()).isFalse();
        int writes = counter.writes.get();
        for (int i = 0; i < 100; i++) {
            assertThat(limits.consume(ORG).allowed()).isFalse();
        }
        assertThat(counter.writes.get()).isEqualTo(writes);
    }

    @Test
    void theNextMinuteStartsAfresh() {
        SharedCounter counter = new SharedCounter();
        TestClock clock = new TestClock(MID_MINUTE.instant());
        RateLimitService limits = new RateLimitService(DIRECT, counter, clock, 2);
        limits.consume(ORG);
        limits.consume(ORG);
        assertThat(limits.consume(ORG).allowed()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limits.consume(ORG).allowed()).isTrue();
    }

    /**
     * A call that read the clock just before the minute turned arrives after the next window began:
     * it counts in the next window, which keeps its block, and the old window is not leased again.
     */
    @Test
    void aLateCallOfTheOldMinuteCountsInTheNewOne() {
        SharedCounter counter = new SharedCounter();
        TestClock clock = new TestClock(Instant.parse("2026-12-01T10:01:00.001Z"));
        RateLimitService limits = new RateLimitService(DIRECT, counter, clock, 1_000);
        assertThat(limits.consume(ORG).allowed()).isTrue(); // leases a block of the 10:01 window
        clock.advance(Duration.ofMillis(-2)); // 10:00:59.999, as the late call read it
        assertThat(limits.consume(ORG).allowed()).isTrue();
        assertThat(counter.writes.get()).isEqualTo(1);
        assertThat(counter.counts).containsOnlyKeys(ORG + "@" + Instant.parse("2026-12-01T10:01:00Z").toEpochMilli());
    }

    /**
     * Four instances calling at once against one counter, each called more often than the whole limit:
     * exactly the limit passes, however the blocks fall. (With fewer calls per instance than it leased,
     * fewer may pass: the bound of docs/decisions.md, never more than the limit.)
     */
    @Test
    void instancesSharingOneCounterNeverAdmitMoreThanTheLimitTogether() throws Exception {
        SharedCounter counter = new SharedCounter();
        List<RateLimitService> instances = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            instances.add(new RateLimitService(DIRECT, counter, MID_MINUTE, 1_000));
        }
        long admitted = AtOnce.countTrue(4_000, 64, i -> () -> instances.get(i % instances.size()).consume(ORG).allowed());
        assertThat(admitted).isEqualTo(1_000);
    }
}
