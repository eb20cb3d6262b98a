package dev.devices.adapter.persistence.jpa;

import dev.devices.application.port.out.UnitOfWork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/** A JTA transaction per unit of work; a nested unit joins the one already open. */
@ApplicationScoped
class JpaUnitOfWork implements UnitOfWork {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.joiningExisting().call(work::get);
    }
}
