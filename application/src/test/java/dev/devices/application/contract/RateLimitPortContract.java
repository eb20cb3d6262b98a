package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Counts per organization and window, exact under concurrent requests. */
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

    private long count(int orgId, long window) {
        return tx(() -> adapter().rateLimits().countRequest(orgId, window));
    }
}
