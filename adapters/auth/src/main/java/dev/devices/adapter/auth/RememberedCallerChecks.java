package dev.devices.adapter.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.devices.application.port.in.AuthenticateCallerUseCase;
import dev.devices.application.port.in.AuthenticateCallerUseCase.CallerRejected;
import dev.devices.application.port.in.AuthenticateCallerUseCase.VerifiedToken;
import dev.devices.application.port.out.CallerChangesPort;
import dev.devices.domain.access.Caller;
import dev.devices.domain.error.Forbidden;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The caller check of every platform-API call, remembered per token for a few seconds
 * ({@code devices.auth.caller-check-ttl}), so a call does not pay a database transaction to learn
 * that its client and user still exist. Refusals are remembered too, so a revoked token that keeps
 * calling costs nothing either. A change made on this instance forgets everything at once
 * ({@link CallerChangesPort}); a change made on another applies here within the TTL.
 */
@ApplicationScoped
class RememberedCallerChecks implements CallerChangesPort {

    private static final long MOST_TOKENS = 100_000;

    private final AuthenticateCallerUseCase authenticate;
    private final Cache<VerifiedToken, Outcome> checks;
    /** Counts revocations; a check that saw another count than now may be stale. */
    private final AtomicLong generation = new AtomicLong();

    @Inject
    RememberedCallerChecks(AuthenticateCallerUseCase authenticate, AuthConfig config) {
        this(authenticate, config.callerCheckTtl(), Ticker.systemTicker());
    }

    RememberedCallerChecks(AuthenticateCallerUseCase authenticate, Duration ttl, Ticker ticker) {
        this.authenticate = authenticate;
        this.checks = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(MOST_TOKENS).ticker(ticker).build();
    }

    /** The caller the token names as it stood at most a TTL ago; refusals thrown as the check threw them. */
    Caller authenticate(VerifiedToken token) {
        Outcome remembered = checks.getIfPresent(token);
        if (remembered != null) {
            return remembered.caller();
        }
        // checked outside the cache (a slow database holds no lock of it), and remembered only if no
        // revocation came while the check ran: it may have read what the revocation then removed
        long seen = generation.get();
        Outcome checked = check(token);
        checks.put(token, checked);
        if (generation.get() != seen) {
            checks.invalidate(token);
        }
        return checked.caller();
    }

    @Override
    public void callersChanged() {
        generation.incrementAndGet(); // first, so a check in flight sees it (authenticate)
        checks.invalidateAll();
    }

    private Outcome check(VerifiedToken token) {
        try {
            return new Outcome(authenticate.authenticate(token), null, false);
        } catch (CallerRejected rejected) {
            return new Outcome(null, rejected.getMessage(), false);
        } catch (Forbidden forbidden) {
            return new Outcome(null, forbidden.getMessage(), true);
        }
    }

    /** What a check found: the caller, or why it was refused (401, or 403 when forbidden). */
    private record Outcome(Caller found, String refusal, boolean forbidden) {

        Caller caller() {
            if (found != null) {
                return found;
            }
            throw forbidden ? new Forbidden(refusal) : new CallerRejected(refusal);
        }
    }
}
