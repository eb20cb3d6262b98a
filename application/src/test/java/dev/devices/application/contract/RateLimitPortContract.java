package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.application.service.RateLimitService;
import dev.devices.application.testing.AtOnce;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Counts per organization and window, exact under concurrent additions. */
public abstract class RateLimitPortContract extends PortContract {

    @Test
    void eachOrganizationAndWindowCountsOnItsOwn() {
        int a = newOrganization().id();
        int b = newOrganization().id();
        long window = 60_000L * (System.currentTimeMillis() / 60_000L);
        assertThat(count(a, window)).isEqualTo(1);
        assertThat(count(a, window)).isEqualTo(2);
        assertThat(count(b, window)).isEqualTo(1);
        assertThat(count(a, window + 60_000)).isEqualTo(1);
        assertThat(count(a, window + 60_000)).isEqualTo(2);
    }

    @Test
    void thePreviousWindowKeepsItsCountWhenTheNextBegins() {
        int org = newOrganization().id();
        long window = 60_000L * (System.currentTimeMillis() / 60_000L);
        assertThat(tx(() -> adapter().rateLimits().addRequests(org, window, 40))).isEqualTo(40);
        assertThat(tx(() -> adapter().rateLimits().addRequests(org, window + 60_000, 5))).isEqualTo(5);
        assertThat(count(org, window)).isEqualTo(41); // a lagging instance counts on from the true figure
    }

    @Test
    void aBlockOfRequestsIsAddedAtOnce() {
        int org = newOrganization().id();
        long window = 60_000L * (System.currentTimeMillis() / 60_000L);
        assertThat(tx(() -> adapter().rateLimits().addRequests(org, window, 25))).isEqualTo(25);
        assertThat(tx(() -> adapter().rateLimits().addRequests(org, window, 10))).isEqualTo(35);
        assertThat(count(org, window)).isEqualTo(36);
    }

    @Test
    void concurrentRequestsAreCountedExactly() throws Exception {
        int org = newOrganization().id();
        long window = 60_000L * (System.currentTimeMillis() / 60_000L);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            done.add(pool.submit(() -> count(org, window)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(count(org, window)).isEqualTo(201);
    }

    /**
     * Three instances of the limit sharing this store, called at once, each more often than the whole
     * limit: together they admit exactly the limit (leased blocks never add up past it).
     */
    @Test
    void instancesLeasingBlocksAtOnceAdmitExactlyTheLimitTogether() throws Exception {
        int org = newOrganization().id();
        Clock now = Clock.fixed(Instant.now(), ZoneOffset.UTC); // one window for the whole test
        List<RateLimitService> instances = List.of(
                new RateLimitService(adapter().unitOfWork(), adapter().rateLimits(), now, 300),
                new RateLimitService(adapter().unitOfWork(), adapter().rateLimits(), now, 300),
                new RateLimitService(adapter().unitOfWork(), adapter().rateLimits(), now, 300));
        long admitted = AtOnce.countTrue(1_200, 12, i -> () -> instances.get(i % instances.size()).consume(org).allowed());
        assertThat(admitted).isEqualTo(300);
    }

    private long count(int orgId, long window) {
        return tx(() -> adapter().rateLimits().addRequests(orgId, window, 1));
    }
}
