package dev.devices.adapter.persistence.jpa;

import dev.devices.application.port.out.StoreUnavailable;
import dev.devices.application.port.out.UnitOfWork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;

/**
 * A JTA transaction per unit of work; a nested unit joins the one already open. A failure to reach
 * PostgreSQL becomes {@link StoreUnavailable}, so that callers can tell "try again later" from a bug.
 */
@ApplicationScoped
class JpaUnitOfWork implements UnitOfWork {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return QuarkusTransaction.joiningExisting().call(work::get);
        } catch (RuntimeException e) {
            if (!(e instanceof StoreUnavailable) && isConnectionFailure(e)) {
                throw new StoreUnavailable(e);
            }
            throw e;
        }
    }

    /**
     * SQLState class 08 (connection exception), 57P01-57P03 (server shutting down or starting), a
     * transient connection failure, or the pool giving up waiting for a connection.
     */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
