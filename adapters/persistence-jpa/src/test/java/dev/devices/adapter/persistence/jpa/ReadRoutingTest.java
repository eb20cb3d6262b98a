package dev.devices.adapter.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devices.domain.error.NotFound;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What a unit on the read replica may end in, and what the primary then does: every failure of the
 * replica hands the unit to the primary (and rests the replica, but for a conflict with replay); the
 * unit's own answers pass as they are. Plain Java: the failures are ones a live standby rarely gives
 * on demand (ReadReplicaIT covers lag, an outage and a frozen server).
 */
class ReadRoutingTest {

    private final ReadRouting routing = new ReadRouting(new Settings(), null);

    @Test
    void anySqlFailureOnTheReplicaHandsTheUnitToThePrimaryAndRestsTheReplica() {
        for (String state : new String[] {"28P01", "3D000", "42P01", "08006", "57P01", "XX000"}) {
            ReadRouting fresh = new ReadRouting(new Settings(), null);
            assertThatThrownBy(() -> fresh.onReplica(failingWith(state))).as(state)
                    .isInstanceOf(ReadRouting.ReplicaUnusable.class);
            assertThat(fresh.replicaInUse()).as(state + " rests the replica").isFalse();
        }
    }

    @Test
    void aQueryCancelledByReplayOrTooSlowForTheReplicaGoesToThePrimaryWithoutRestingTheReplica() {
        for (String state : new String[] {"40001", "57014"}) {
            assertThatThrownBy(() -> routing.onReplica(failingWith(state))).as(state)
                    .isInstanceOf(ReadRouting.ReplicaUnusable.class);
            assertThat(routing.replicaInUse()).as(state).isTrue();
        }
    }

    @Test
    void aWriteInAReadOnlyUnitFailsInsteadOfRunningOnThePrimary() {
        assertThatThrownBy(() -> routing.onReplica(failingWith("25006"))).isInstanceOf(PersistenceException.class);
    }

    @Test
    void theUnitsOwnAnswerIsGivenAsItIs() {
        assertThatThrownBy(() -> routing.onReplica(() -> {
            throw NotFound.user();
        })).isInstanceOf(NotFound.class);
        assertThat(routing.replicaInUse()).isTrue();
        assertThat(routing.onReplica(() -> "page")).isEqualTo("page");
    }

    @Test
    void aReplicaThatIsBehindIsRestedAndAnInterruptedWaitIsNot() {
        assertThatThrownBy(() -> routing.onReplica(() -> {
            throw ReadRouting.ReplicaUnusable.forThisUnit();
        })).isInstanceOf(ReadRouting.ReplicaUnusable.class);
        assertThat(routing.replicaInUse()).as("interrupted").isTrue();

        assertThatThrownBy(() -> routing.onReplica(() -> {
            throw ReadRouting.ReplicaUnusable.resting("behind");
        })).isInstanceOf(ReadRouting.ReplicaUnusable.class);
        assertThat(routing.replicaInUse()).as("behind").isFalse();
    }

    @Test
    void theSessionIsOnTheReplicaOnlyWithinTheUnit() {
        assertThat(routing.resolveTenantId()).isEqualTo(ReadRouting.PRIMARY);
        assertThat(routing.onReplica(routing::resolveTenantId)).isEqualTo(ReadRouting.REPLICA);
        assertThat(routing.resolveTenantId()).isEqualTo(ReadRouting.PRIMARY);
    }

    private static Supplier<Object> failingWith(String sqlState) {
        return () -> {
            throw new PersistenceException("query failed", new SQLException("failed", sqlState));
        };
    }

    /** A replica configured, rested for a minute: long enough to see from here. */
    private static final class Settings implements ReadReplicaConfig {
        @Override
        public Optional<String> jdbcUrl() {
            return Optional.of("jdbc:postgresql://127.0.0.1:1/replica");
        }

        @Override
        public Duration maxWait() {
            return Duration.ofMillis(50);
        }

        @Override
        public Duration retryAfter() {
            return Duration.ofMinutes(1);
        }
    }
}
