package dev.devices.adapter.counters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.adapter.persistence.memory.InMemoryPersistence;
import dev.devices.application.contract.FailedSignInPortContract;
import dev.devices.application.contract.PortsUnderTest;
import dev.devices.application.contract.RateLimitPortContract;
import dev.devices.application.port.out.FailedSignInPort;
import dev.devices.application.port.out.OrganizationTreePort.NewOrganization;
import dev.devices.domain.organization.Organization;
import dev.devices.application.port.out.RateLimitPort;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The counters' port contracts (the same the PostgreSQL and in-memory stores pass) on a real Redis;
 * the contracts' fixtures (organizations, units of work) come from the in-memory adapter.
 */
@QuarkusTest
@EnabledIf("dev.devices.adapter.counters.redis.TestRedis#available")
@WithTestResource(TestRedis.class)
class RedisCounterContractsTest {

    @Inject
    @RedisCounters
    RateLimitPort rateLimits;

    @Inject
    @RedisCounters
    FailedSignInPort failedSignIns;

    @Inject
    RedisDataSource redis;

    @ConfigProperty(name = "devices.counters.redis.key-prefix")
    String prefix;

    // one store for the whole class: its organization ids name the Redis keys, which outlive a test instance
    private static final InMemoryPersistence MEMORY = new InMemoryPersistence();
    private static final Organization ROOT = MEMORY.unitOfWork().inTransaction(() -> MEMORY.organizations()
            .createOrganization(new NewOrganization("Root", null, null, "UTC", 0L)));

    private final PortsUnderTest ports = new RedisCountersUnderTest(MEMORY, ROOT, this::rateLimits, this::failedSignIns);

    RateLimitPort rateLimits() {
        return rateLimits;
    }

    FailedSignInPort failedSignIns() {
        return failedSignIns;
    }

    @Test
    void everyKeyExpiresByItselfAndCarriesThePrefix() {
        rateLimits.addRequests(-7, 60_000, 3); // no organization has a negative id
        failedSignIns.recordFailure("client:x", 120_000);
        var keys = redis.key().keys(prefix + "*");
        assertThat(keys).contains(prefix + "rate:-7:60000", prefix + "sign-in:client:x:120000");
        assertThat(keys).allSatisfy(key -> assertThat(redis.key().ttl(key)).isPositive());
        assertThat(redis.key().ttl(prefix + "rate:-7:60000")).isBetween(170L, 180L);
        assertThat(redis.key().ttl(prefix + "sign-in:client:x:120000")).isGreaterThan(3_600L);
    }

    @Nested
    class RateLimitTest extends RateLimitPortContract {
        @Override
        protected PortsUnderTest adapter() {
            return ports;
        }
    }

    @Nested
    class FailedSignInTest extends FailedSignInPortContract {
        @Override
        protected PortsUnderTest adapter() {
            return ports;
        }
    }
}
