package dev.devices.application.service;

import dev.devices.application.port.in.ConsumeRateLimitUseCase;
import dev.devices.application.port.out.RateLimitPort;
import dev.devices.application.port.out.UnitOfWork;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed one-minute window per organization: the first {@code limitPerMinute} requests of a minute
 * pass, the rest wait for the next minute. The count lives behind {@link RateLimitPort}, shared by all
 * instances, but a call does not write it: each instance leases a block of the organization's quota
 * (a quarter of what is left, at most {@link #MOST_PER_LEASE}) and admits calls from the block in
 * memory, so the shared counter is written once per block instead of once per call, and an
 * organization's calls no longer queue behind one row lock.
 *
 * <p>The limit still holds across instances: a block is granted only from what is left of the limit,
 * so no window admits more than {@code limitPerMinute} calls however many instances run. The price is
 * on the other side: an instance may answer 429 while another still holds an unused part of its
 * block, at most one block per other instance (see docs/decisions.md, "Rate limit"). The shared
 * counter keeps the previous window too, so an instance whose clock lags by less than a minute
 * leases that window from its true count.
 */
public final class RateLimitService implements ConsumeRateLimitUseCase {

    /** The largest block one lease takes: one write of the shared counter per this many calls at most. */
    static final long MOST_PER_LEASE = 100;
    /** A lease takes this part of what is left, so instances share the end of a window finely. */
    private static final long LEASE_DIVISOR = 4;
    private static final int SWEEP_THRESHOLD = 10_000;

    private final UnitOfWork unitOfWork;
    private final RateLimitPort counters;
    private final Clock clock;
    private final long limitPerMinute;
    private final ConcurrentHashMap<Integer, Quota> quotas = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong(Long.MIN_VALUE);

    public RateLimitService(UnitOfWork unitOfWork, RateLimitPort counters, Clock clock, long limitPerMinute) {
        this.unitOfWork = unitOfWork;
        this.counters = counters;
        this.clock = clock;
        this.limitPerMinute = limitPerMinute;
    }

    @Override
    public RateLimitDecision consume(int orgId) {
        MinuteWindow window = MinuteWindow.at(clock.millis());
        if (quotas.size() > SWEEP_THRESHOLD && lastSweep.getAndSet(window.start()) != window.start()) {
            quotas.values().removeIf(q -> q.windowStart < window.start());
        }
        // a call that read the clock just before a minute turned, and got here after another call
        // began the next window, counts in the next one: replacing the newer quota by an older
        // window's would lease that window again and throw the newer block away
        Quota quota = quotas.compute(orgId, (id, q) -> q == null || q.windowStart < window.start()
                ? new Quota(orgId, window.start()) : q);
        return quota.take(MinuteWindow.at(Math.max(window.now(), quota.windowStart)));
    }

    /** This instance's part of one organization's window: what it leased, and how much of it is used. */
    private final class Quota {
        private final int orgId;
        private final long windowStart;
        private long leased;
        private long used;
        /** The shared count as of this instance's last lease: every instance's leases, used or not. */
        private long sharedCount;
        /** The last lease got less than it asked for: the window's quota is all leased out. */
        private boolean exhausted;

        Quota(int orgId, long windowStart) {
            this.orgId = orgId;
            this.windowStart = windowStart;
        }

        synchronized RateLimitDecision take(MinuteWindow window) {
            if (used == leased && !exhausted) {
                lease();
            }
            boolean allowed = used < leased;
            if (allowed) {
                used++;
            }
            // the others' leases count as used, as of this instance's last lease: what they used
            // since is not known here, so with several instances the figure may be high (decisions.md)
            long remaining = Math.max(0, limitPerMinute - (Math.min(sharedCount, limitPerMinute) - (leased - used)));
            return new RateLimitDecision(allowed, limitPerMinute, allowed ? remaining : 0, window.secondsLeft());
        }

        private void lease() {
            long wanted = within((limitPerMinute - sharedCount) / LEASE_DIVISOR, 1, MOST_PER_LEASE);
            long count = unitOfWork.inTransaction(() -> counters.addRequests(orgId, windowStart, wanted));
            long granted = within(limitPerMinute - (count - wanted), 0, wanted);
            leased += granted;
            sharedCount = count;
            exhausted = granted < wanted;
        }
    }

    private static long within(long value, long least, long most) {
        return Math.max(least, Math.min(most, value));
    }
}
