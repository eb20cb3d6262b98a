package dev.devices.application.port.in;

/** Counts one platform-API request against its organization's per-minute limit. */
public interface ConsumeRateLimitUseCase {

    RateLimitDecision consume(int orgId);

    /** Whether the request may pass, and the figures the RateLimit headers report. */
    record RateLimitDecision(boolean allowed, long limit, long remaining, long resetSeconds) {
    }
}
