package dev.devices.adapter.rest;

import dev.devices.application.port.in.ConsumeRateLimitUseCase;
import dev.devices.application.port.in.ConsumeRateLimitUseCase.RateLimitDecision;
import dev.devices.application.port.in.CurrentCaller;
import dev.devices.domain.access.Caller;
import dev.devices.domain.error.Forbidden;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The per-organization limit on {@code /api} (contract §4): every authenticated call counts against
 * its token's organization; past the limit, 429 with {@code Retry-After}. Every counted answer
 * carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds).
 * A caller refused as a whole (an OAuth client whose platform-API scope is off) gets its 403 here,
 * before any parameter or body is looked at.
 */
class RateLimiting {

    private static final String DECISION = RateLimiting.class.getName();

    private final CurrentCaller caller;
    private final ConsumeRateLimitUseCase limits;
    private final Counter rejections;

    RateLimiting(CurrentCaller caller, ConsumeRateLimitUseCase limits, MeterRegistry metrics) {
        this.caller = caller;
        this.limits = limits;
        this.rejections = Counter.builder("devices.rate.limit.rejections")
                .description("Platform-API calls refused with 429 because their organization used up its minute")
                .register(metrics);
    }

    @ServerRequestFilter
    Response count(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        Caller who;
        try {
            who = caller.get();
        } catch (Forbidden refused) {
            return ErrorMapper.error(403, refused.getMessage()); // a client without the platform-API scope
        } catch (RuntimeException unauthenticated) {
            return null; // the authentication check answers 401; nothing to count
        }
        RateLimitDecision decision = limits.consume(who.orgId());
        request.setProperty(DECISION, decision);
        if (decision.allowed()) {
            return null;
        }
        rejections.increment();
        return Response.fromResponse(ErrorMapper.error(429, "Too many requests"))
                .header("Retry-After", decision.resetSeconds()).build();
    }

    @ServerResponseFilter
    void report(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimitDecision decision) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle("RateLimit-Limit", decision.limit());
            headers.putSingle("RateLimit-Remaining", decision.remaining());
            headers.putSingle("RateLimit-Reset", decision.resetSeconds());
        }
    }
}
