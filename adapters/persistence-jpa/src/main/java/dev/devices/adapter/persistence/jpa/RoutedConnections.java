package dev.devices.adapter.persistence.jpa;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * The connections of a session's "tenant", which is the database it reads: the primary, or the read
 * replica (a datasource of its own, asked for only when {@link ReadRouting} routes to it).
 */
@PersistenceUnitExtension
@ApplicationScoped
class RoutedConnections implements TenantConnectionResolver {

    @Inject
    AgroalDataSource primary;

    @Inject
    @DataSource(ReadRouting.REPLICA)
    InjectableInstance<AgroalDataSource> replica;

    @Override
    public ConnectionProvider resolve(String tenantId) {
        return new QuarkusConnectionProvider(ReadRouting.REPLICA.equals(tenantId) ? replica.get() : primary);
    }
}
