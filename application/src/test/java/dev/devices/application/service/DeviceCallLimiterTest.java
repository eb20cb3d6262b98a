package dev.devices.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One budget per device and second, whatever transport the calls come by. */
class DeviceCallLimiterTest {

    private static final String DEVICE = "A".repeat(32);
    private static final String OTHER = "B".repeat(32);

    private final AtomicLong second = new AtomicLong(1_000);
    private final DeviceCallLimiter limiter = new DeviceCallLimiter(3, 2, second::get);

    @Test
    void aDeviceHasItsCallsPerSecondAndThenWaitsForTheNextSecond() {
        assertThat(IntStream.range(0, 5).mapToObj(i -> limiter.admit(DEVICE))).containsExactly(true, true, true, false, false);
        assertThat(limiter.admit(OTHER)).isTrue(); // another device's budget is its own
        second.incrementAndGet();
        assertThat(limiter.admit(DEVICE)).isTrue();
    }

    @Test
    void pastItsTokensPerSecondANewTokenIsAdmittedUncountedUntilTheNextSecond() {
        String third = "C".repeat(32);
        limiter.admit(DEVICE);
        limiter.admit(OTHER); // the table of this second is full
        assertThat(IntStream.range(0, 5).mapToObj(i -> limiter.admit(third))).containsOnly(true);
        assertThat(IntStream.range(0, 3).mapToObj(i -> limiter.admit(DEVICE))).containsExactly(true, true, false);
        second.incrementAndGet(); // a new second, a new table: the third token is counted again
        assertThat(IntStream.range(0, 4).mapToObj(i -> limiter.admit(third))).containsExactly(true, true, true, false);
    }

    @Test
    void aClockReadBehindTheCurrentSecondCountsInTheCurrentSecond() {
        limiter.admit(DEVICE);
        limiter.admit(DEVICE);
        second.decrementAndGet(); // another thread's earlier reading of the clock
        assertThat(limiter.admit(DEVICE)).isTrue();
        assertThat(limiter.admit(DEVICE)).isFalse();
    }

    @Test
    void somethingThatCannotBeATokenIsNotCounted() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.admit("not-a-token")).isTrue();
            assertThat(limiter.admit(null)).isTrue();
        }
    }
}
