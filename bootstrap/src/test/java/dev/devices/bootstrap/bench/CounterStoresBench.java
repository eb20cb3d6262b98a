package dev.devices.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.adapter.counters.redis.RedisCounters;
import dev.devices.application.port.out.RateLimitPort;
import dev.devices.application.port.out.UnitOfWork;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One organization's rate-limit counter written by 16 threads at once, through the service's two
 * stores: the PostgreSQL upsert (one transaction each) and the Redis script (the machine's Redis on
 * 127.0.0.1:6379). Each count is what a leased block of up to 100 calls costs. {@code make bench}
 * writes the figures.
 */
@QuarkusTest
@TestProfile(CounterStoresBench.BothStores.class)
@Tag("bench")
class CounterStoresBench {

    private static final int THREADS = 16;
    private static final long MILLIS = 5_000;

    public static class BothStores implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:6379",
                    "devices.counters.redis.key-prefix", "devices-bench-" + UUID.randomUUID() + ":");
        }
    }

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    RateLimitPort database;

    @Inject
    @RedisCounters
    RateLimitPort redis;

    @Test
    void redisCountsOneOrganizationManyTimesFasterThanPostgres() throws Exception {
        int org = 1; // the root organization: the rate_limit_window row needs an organization that exists
        double inDatabase = countsPerSecond(window -> unitOfWork.inTransaction(() -> database.addRequests(org, window, 1)));
        double inRedis = countsPerSecond(window -> redis.addRequests(org, window, 1));
        String report = """
                Measured %s on %s (%d cores), %d threads for %d s each, one organization's window (one row, one key),
                after as long to warm up. A count is what one leased block of the rate limit costs (up to 100 calls).

                | store | counts/s | calls/s admitted at 100 a block |
                |---|---|---|
                | PostgreSQL: `INSERT … ON CONFLICT DO UPDATE … RETURNING`, a transaction each | %,.0f | %,.0f |
                | Redis: one `EVAL` (`INCRBY`, `TTL`, `EXPIRE` on a new key) | %,.0f | %,.0f |

                Redis counts %.1f× as fast on the same machine; the row lock and the commit's WAL flush bound PostgreSQL.
                """.formatted(LocalDate.now(), BenchReport.cpu(), Runtime.getRuntime().availableProcessors(), THREADS,
                MILLIS / 1000, inDatabase, inDatabase * 100, inRedis, inRedis * 100, inRedis / inDatabase);
        BenchReport.writeSection("counter-stores", "Rate-limit counters: PostgreSQL and Redis", report);
        System.out.println(report);
        assertThat(inRedis).isPositive();
    }

    private interface Count {
        void at(long window);
    }

    private static double countsPerSecond(Count count) throws Exception {
        run(count, MILLIS); // warm-up
        return run(count, MILLIS) * 1000.0 / MILLIS;
    }

    private static long run(Count count, long millis) throws Exception {
        AtomicLong done = new AtomicLong();
        long window = 60_000L * (System.currentTimeMillis() / 60_000L) + 3_600_000L * 24 * 365; // a window nobody else uses
        long end = System.currentTimeMillis() + millis;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Object>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            threads.add(pool.submit(() -> {
                while (System.currentTimeMillis() < end) {
                    count.at(window);
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<Object> thread : threads) {
            thread.get(millis + 30_000, TimeUnit.MILLISECONDS); // a failed count fails the bench
        }
        pool.shutdown();
        return done.get();
    }
}
