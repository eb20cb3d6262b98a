package dev.devices.adapter.persistence.jpa;

import dev.devices.application.port.out.StoreUnavailable;
import dev.devices.application.port.out.UnitOfWork;
import dev.devices.domain.error.InvalidInput;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hibernate.HibernateException;

/**
 * A JTA transaction per unit of work; a nested unit joins the one already open. A failure to reach
 * PostgreSQL becomes {@link StoreUnavailable}, so that callers can tell "try again later" from a bug.
 * Read-only units go to the read replica where {@link ReadRouting} allows it.
 */
@ApplicationScoped
class JpaUnitOfWork implements UnitOfWork {

    private final ReadRouting routing;

    JpaUnitOfWork(@PersistenceUnitExtension ReadRouting routing) {
        this.routing = routing;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        ManagedContext requests = Arc.container().requestContext();
        if (requests.isActive()) {
            return transactional(work);
        }
        // Hibernate asks for the session's database only within a request context (background work has none)
        requests.activate();
        try {
            return transactional(work);
        } finally {
            requests.terminate();
        }
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        if (routing.replicaInUse() && !QuarkusTransaction.isActive()) {
            Optional<String> walEnd = routing.primaryWalEnd();
            if (walEnd.isPresent()) {
                try {
                    return routing.onReplica(() -> inTransaction(() -> {
                        routing.awaitReplay(walEnd.get());
                        return work.get();
                    }));
                } catch (ReadRouting.ReplicaUnusable e) {
                    // the primary serves it, as if there were no replica
                }
            }
        }
        return inTransaction(work);
    }

    private static <T> T transactional(Supplier<T> work) {
        try {
            return QuarkusTransaction.joiningExisting().call(work::get);
        } catch (RuntimeException e) {
            if (!(e instanceof StoreUnavailable) && isConnectionFailure(e)) {
                throw new StoreUnavailable(e);
            }
            if (hasSqlState(e, "22021")) {
                // a NUL or invalid byte in some text that no earlier check caught: bad input, not a fault
                throw InvalidInput.of("text", "Text values must not contain NUL characters.");
            }
            throw e;
        }
    }

    static boolean hasSqlState(Throwable failure, String state) {
        return causes(failure).anyMatch(t -> t instanceof SQLException sql && state.equals(sql.getSQLState()));
    }

    /**
     * SQLState class 08 (connection exception), 57P01-57P03 (server shutting down or starting), a
     * transient connection failure, or the pool giving up waiting for a connection.
     */
    static boolean isConnectionFailure(Throwable failure) {
        return causes(failure).anyMatch(t -> t instanceof SQLTransientConnectionException
                || t instanceof SQLException sql && (isConnectionState(sql.getSQLState())
                        || sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")));
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /**
     * A failure of the database or of the layers talking to it (JDBC, Hibernate, the transaction
     * manager), as opposed to the unit's own outcome such as "not found".
     */
    static boolean isDatabaseFailure(Throwable failure) {
        return causes(failure).anyMatch(t -> t instanceof SQLException || t instanceof StoreUnavailable
                || t instanceof PersistenceException || t instanceof HibernateException
                || t instanceof QuarkusTransactionException);
    }

    /** The innermost cause's type and message, for a log line. */
    static String rootMessage(Throwable failure) {
        Throwable root = causes(failure).reduce((outer, inner) -> inner).orElse(failure);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The failure and its causes, outermost first. */
    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }
}
