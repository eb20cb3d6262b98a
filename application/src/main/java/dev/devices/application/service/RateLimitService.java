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
        MinuteWindow window = MinuteWindow.at(clock.millis());
        long count = unitOfWork.inTransaction(() -> counters.countRequest(orgId, window.start()));
        return new RateLimitDecision(count <= limitPerMinute, limitPerMinute, Math.max(0, limitPerMinute - count),
                window.secondsLeft());
    }
}
