package dev.devices.application.service;

import dev.devices.application.port.in.TokenGrantRejected;
import dev.devices.application.port.out.FailedSignInPort;
import dev.devices.application.port.out.UnitOfWork;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Slows guessing at the token endpoint: failed attempts are counted per client id, per username and
 * per address in one-minute windows; past a limit, every request with that key is refused with
 * {@code slow_down} (429) until the window ends, even with the right secret. Counts are shared by all
 * instances through {@link FailedSignInPort}. Keys are stored as digests: fixed length whatever a
 * caller sends, and no usernames or addresses in the table.
 */
public final class SignInThrottle {

    private final UnitOfWork unitOfWork;
    private final FailedSignInPort failures;
    private final Clock clock;
    private final Limits limits;

    public SignInThrottle(UnitOfWork unitOfWork, FailedSignInPort failures, Clock clock, Limits limits) {
        this.unitOfWork = unitOfWork;
        this.failures = failures;
        this.clock = clock;
        this.limits = limits;
    }

    /** Failed attempts allowed per minute for one client id, one username and one address. */
    public record Limits(long perClient, long perUsername, long perAddress) {
    }

    /** Refuses the attempt when any of its keys used up its failures for this minute. */
    void checkAllowed(String clientId, String username, String address) {
        MinuteWindow window = MinuteWindow.at(clock.millis());
        List<Key> keys = keys(clientId, username, address);
        boolean blocked = unitOfWork.inTransaction(() ->
                keys.stream().anyMatch(key -> failures.failures(key.name(), window.start()) >= key.limit()));
        if (blocked) {
            throw TokenGrantRejected.slowDown(window.secondsLeft());
        }
    }

    /** Counts one failure against each key the attempt had. */
    void recordFailure(String clientId, String username, String address) {
        long window = MinuteWindow.at(clock.millis()).start();
        List<Key> keys = keys(clientId, username, address);
        unitOfWork.run(() -> keys.forEach(key -> failures.recordFailure(key.name(), window)));
    }

    private List<Key> keys(String clientId, String username, String address) {
        List<Key> keys = new ArrayList<>(3);
        if (clientId != null) {
            keys.add(new Key("client:" + Secrets.sha256(clientId), limits.perClient()));
        }
        if (username != null) {
            keys.add(new Key("user:" + Secrets.sha256(username.strip().toLowerCase(Locale.ROOT)), limits.perUsername()));
        }
        if (address != null) {
            keys.add(new Key("address:" + Secrets.sha256(address), limits.perAddress()));
        }
        return keys;
    }

    private record Key(String name, long limit) {
    }
}
