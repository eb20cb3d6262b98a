package dev.devices.adapter.persistence.jpa;

import dev.devices.application.port.out.RoleLeasePort;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * One row per role; a claim is one upsert that PostgreSQL applies atomically against every other
 * instance's, and it takes the row only from its own holder or from a claim that ran out. Terms are
 * measured with the database's clock, so the instances' clocks need not agree.
 */
@ApplicationScoped
class RoleLeasePersistenceAdapter implements RoleLeasePort {

    @Override
    public boolean claim(String role, String holder, Duration term) {
        return !Panache.getEntityManager().createNativeQuery("""
                        INSERT INTO role_lease (role, holder, expires_at)
                        VALUES (:role, :holder, clock_timestamp() + make_interval(secs => :seconds))
                        ON CONFLICT (role) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
                        WHERE role_lease.holder = EXCLUDED.holder OR role_lease.expires_at < clock_timestamp()
                        RETURNING holder""")
                .setParameter("role", role).setParameter("holder", holder)
                .setParameter("seconds", term.toMillis() / 1000.0).getResultList().isEmpty();
    }

    @Override
    public void release(String role, String holder) {
        Panache.getEntityManager().createNativeQuery("DELETE FROM role_lease WHERE role = :role AND holder = :holder")
                .setParameter("role", role).setParameter("holder", holder).executeUpdate();
    }
}
