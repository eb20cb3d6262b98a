package dev.devices.bootstrap;

import static dev.devices.bootstrap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.devices.bootstrap.support.Api;
import dev.devices.bootstrap.support.MachineService;
import dev.devices.bootstrap.support.MinuteWindow;
import dev.devices.bootstrap.support.Api.Org;
import dev.devices.bootstrap.support.Db;
import dev.devices.bootstrap.support.Management;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service with its shared counters in Redis ({@code devices.counters.store=redis}) on the machine's
 * Redis, in a key space of this run's own: the platform rate limit and the sign-in throttle count there
 * and not in PostgreSQL, and the health report names Redis.
 */
@QuarkusTest
@TestProfile(RedisCountersTest.InRedis.class)
class RedisCountersTest {

    static final String REDIS_URL = System.getenv().getOrDefault("DEVICES_TEST_REDIS_URL", "redis://127.0.0.1:6379");
    static final String PREFIX = "devices-test-" + UUID.randomUUID() + ":";

    public static class InRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("devices.counters.store", "redis", "quarkus.redis.hosts", REDIS_URL,
                    "devices.counters.redis.key-prefix", PREFIX, "devices.rate-limit.per-minute", "8");
        }
    }

    @Inject
    RedisDataSource redis;

    @Inject
    DataSource dataSource;

    /** Skipped on a laptop without Redis; under CI (CI=true), where machines run one, a missing Redis fails. */
    @BeforeAll
    static void redisIsThere() {
        var address = java.net.URI.create(REDIS_URL);
        MachineService.require("Redis", address.getHost(), address.getPort());
    }

    @Test
    void theRateLimitCountsInRedisAcrossTheMinuteAndNotInPostgres() throws InterruptedException {
        MinuteWindow.startWithRoomLeft();
        Org limited = Api.newOrg();
        for (int i = 1; i <= 8; i++) {
            as(limited.token()).get("/api/v1/organization").then().statusCode(200)
                    .header("RateLimit-Remaining", String.valueOf(8 - i));
        }
        as(limited.token()).get("/api/v1/organization").then().statusCode(429)
                .body("error.message", equalTo("Too many requests"));

        long window = 60_000L * (System.currentTimeMillis() / 60_000L);
        String key = PREFIX + "rate:" + limited.id() + ":" + window;
        assertThat(redis.value(Long.class).get(key)).isGreaterThanOrEqualTo(8L);
        assertThat(redis.key().ttl(key)).isPositive();
        assertThat(new Db(dataSource).count("SELECT count(*) FROM rate_limit_window WHERE org_id = ?", limited.id()))
                .isZero();
    }

    @Test
    void failedSignInsAreCountedInRedis() {
        Org org = Api.newOrg();
        given().auth().preemptive().basic(org.clientId(), "a-wrong-secret")
                .post("/oauth2/token?grant_type=client_credentials").then().statusCode(401);
        var keys = redis.key().keys(PREFIX + "sign-in:client:*");
        assertThat(keys).hasSize(1);
        String key = keys.get(0);
        assertThat(redis.value(Long.class).get(key)).isEqualTo(1L);
        String counted = key.substring((PREFIX + "sign-in:").length(), key.lastIndexOf(':'));
        assertThat(new Db(dataSource).count("SELECT count(*) FROM failed_sign_in_window WHERE key = ?", counted)).isZero();
    }

    @Test
    void theHealthReportNamesRedis() {
        given().port(Management.TEST_PORT).get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'Redis counters' }.status", equalTo("UP"));
    }
}
