package dev.devices.adapter.persistence.jpa;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Which database a unit of work reads: the read replica for read-only units while it is reachable
 * and has replayed the primary's WAL up to where it ended when the unit began (so that a read after
 * any committed write, made on any instance, sees it); the primary for everything else. Hibernate
 * switches datasources per session only through multi-tenancy by database, so the "tenant" of a
 * session is the database it reads, chosen when the unit's session opens.
 */
@PersistenceUnitExtension
@ApplicationScoped
class ReadRouting implements TenantResolver {

    static final String PRIMARY = "primary";
    static final String REPLICA = "replica";
    private static final Logger LOG = Logger.getLogger(ReadRouting.class);
    private static final ThreadLocal<Boolean> ON_REPLICA = new ThreadLocal<>();
    private static final long LONGEST_PAUSE_MILLIS = 16;
    private static final String WAL_END = "SELECT (CASE WHEN current_setting('synchronous_commit') = 'off'"
            + " THEN pg_current_wal_insert_lsn() ELSE pg_current_wal_flush_lsn() END)::text";

    private final boolean configured;
    private final long maxWaitNanos;
    private final long retryAfterNanos;
    private final AgroalDataSource primary;
    private volatile long primaryOnlyUntil = System.nanoTime();
    private volatile boolean replicaServing = true;

    ReadRouting(ReadReplicaConfig config, AgroalDataSource primary) {
        this.configured = config.jdbcUrl().isPresent();
        this.maxWaitNanos = config.maxWait().toNanos();
        this.retryAfterNanos = config.retryAfter().toNanos();
        this.primary = primary;
    }

    @Override
    public String getDefaultTenantId() {
        return PRIMARY;
    }

    @Override
    public String resolveTenantId() {
        return ON_REPLICA.get() != null ? REPLICA : PRIMARY;
    }

    /** Whether a read-only unit should try the replica now: one is configured and it is not being rested. */
    boolean replicaInUse() {
        return configured && System.nanoTime() - primaryOnlyUntil >= 0;
    }

    /**
     * Where the primary's durable WAL ends now: a replica that replayed this far holds every write
     * committed before. That is the flushed end, as a commit returns only once flushed; without
     * {@code synchronous_commit} a commit returns before, so then it is the end of all WAL inserted
     * (which a replica reaches only after the WAL writer's next flush). Empty when the primary cannot
     * say; the unit then runs there and reports that itself.
     */
    Optional<String> primaryWalEnd() {
        try (Connection connection = primary.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(WAL_END)) {
            return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /**
     * Runs a unit of work with its session on the replica; {@link ReplicaUnusable} when the replica
     * could not serve it (unreachable, behind, failing, or a query cancelled by replay), so that the
     * caller runs it on the primary instead. The unit's own outcomes (not found, bad input) pass.
     */
    <T> T onReplica(Supplier<T> unit) {
        ON_REPLICA.set(Boolean.TRUE);
        try {
            T result = unit.get();
            if (!replicaServing) {
                replicaServing = true;
                LOG.info("The read replica serves reads again");
            }
            return result;
        } catch (ReplicaUnusable e) {
            e.restReason().ifPresent(this::rest);
            throw e;
        } catch (RuntimeException e) {
            if (!JpaUnitOfWork.isDatabaseFailure(e)) {
                throw e;
            }
            if (JpaUnitOfWork.hasSqlState(e, "25006")) {
                throw e; // a read-only unit that writes: a bug, which the primary must not hide
            }
            if (JpaUnitOfWork.hasSqlState(e, "40001") || JpaUnitOfWork.hasSqlState(e, "57014")) {
                // cancelled by a conflict with recovery, or too slow for the replica's statement timeout: this
                // unit only (the primary has no such conflicts, and one heavy query does not rest the replica)
                throw ReplicaUnusable.forThisUnit();
            }
            rest(JpaUnitOfWork.isConnectionFailure(e) ? "The read replica cannot be reached"
                    : "The read replica failed (" + JpaUnitOfWork.rootMessage(e) + ")");
            throw ReplicaUnusable.forThisUnit();
        } finally {
            ON_REPLICA.remove();
        }
    }

    /**
     * Inside a unit on the replica, before its reads: waits (a bounded time, with growing pauses) until
     * the replica has replayed the WAL up to {@code walEnd}.
     */
    void awaitReplay(String walEnd) {
        long deadline = System.nanoTime() + maxWaitNanos;
        long pause = 1;
        while (true) {
            Object replayed = Panache.getEntityManager()
                    .createNativeQuery("SELECT pg_last_wal_replay_lsn() >= cast(?1 AS pg_lsn)")
                    .setParameter(1, walEnd).getSingleResult();
            if (Boolean.TRUE.equals(replayed)) {
                return;
            }
            if (replayed == null) {
                // a server that replays nothing can never be trusted to hold the writes
                throw ReplicaUnusable.resting("The read replica is not a standby of the primary (it replays no WAL)");
            }
            if (System.nanoTime() - deadline >= 0) {
                throw ReplicaUnusable.resting("The read replica is behind the primary by more than the wait");
            }
            sleep(pause);
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }

    private void rest(String why) {
        primaryOnlyUntil = System.nanoTime() + retryAfterNanos;
        if (replicaServing) {
            replicaServing = false;
            LOG.warnf("%s: reads go to the primary for %d ms", why, retryAfterNanos / 1_000_000);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ReplicaUnusable.forThisUnit(); // says nothing about the replica
        }
    }

    /** The replica cannot serve this unit; the primary will. With a reason, reads rest from it a while. */
    static final class ReplicaUnusable extends RuntimeException {
        private final String restReason;

        private ReplicaUnusable(String restReason) {
            super(restReason, null, false, false);
            this.restReason = restReason;
        }

        static ReplicaUnusable forThisUnit() {
            return new ReplicaUnusable(null);
        }

        static ReplicaUnusable resting(String reason) {
            return new ReplicaUnusable(reason);
        }

        Optional<String> restReason() {
            return Optional.ofNullable(restReason);
        }
    }
}
