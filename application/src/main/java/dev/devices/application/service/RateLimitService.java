package dev.devices.application.service;

import dev.devices.application.port.in.ConsumeRateLimitUseCase;
import dev.devices.application.port.out.RateLimitPort;
import dev.devices.application.port.out.UnitOfWork;
import java.time.Clock;

/**
 * A fixed one-minute window per organization: the first {@code limitPerMinute} requests of a minute
 * pass, the rest wait for the next minute. The count lives behind {@link RateLimitPort}, shared by all
 * instances.
 */
public final class RateLimitService implements ConsumeRateLimitUseCase {

    private static final long WINDOW_MILLIS = 60_000;

    private final UnitOfWork unitOfWork;
    private final RateLimitPort counters;
    private final Clock clock;
    private final long limitPerMinute;

    public RateLimitService(UnitOfWork unitOfWork, RateLimitPort counters, Clock clock, long limitPerMinute) {
        this.unitOfWork = unitOfWork;
        this.counters = counters;
        this.clock = clock;
        this.limitPerMinute = limitPerMinute;
    }

    @Override
    public RateLimitDecision consume(int orgId) {
        long now = clock.millis();
        long windowStart = now - Math.floorMod(now, WINDOW_MILLIS);
        long count = unitOfWork.inTransaction(() -> counters.countRequest(orgId, windowStart));
        long resetSeconds = Math.max(1, (windowStart + WINDOW_MILLIS - now + 999) / 1000);
        return new RateLimitDecision(count <= limitPerMinute, limitPerMinute, Math.max(0, limitPerMinute - count), resetSeconds);
    }
}
