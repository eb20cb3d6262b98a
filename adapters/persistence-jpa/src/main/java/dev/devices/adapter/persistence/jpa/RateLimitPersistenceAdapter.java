package dev.devices.adapter.persistence.jpa;

import dev.devices.application.port.out.RateLimitPort;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One upsert per leased block: PostgreSQL serializes concurrent increments of a row, so instances
 * sharing the database share the count. A window's first block removes the organization's windows before the previous one.
 */
@ApplicationScoped
class RateLimitPersistenceAdapter implements RateLimitPort {

    private static final long WINDOW_MILLIS = 60_000;

    @Override
    public long addRequests(int orgId, long windowStart, long requests) {
        var em = Panache.getEntityManager();
        long count = ((Number) em.createNativeQuery("INSERT INTO rate_limit_window (org_id, window_start, count)"
                        + " VALUES (:org, :window, :requests) ON CONFLICT (org_id, window_start)"
                        + " DO UPDATE SET count = rate_limit_window.count + :requests RETURNING count")
                .setParameter("org", orgId).setParameter("window", windowStart).setParameter("requests", requests)
                .getSingleResult()).longValue();
        if (count == requests) {
            // the previous window stays: an instance whose clock lags still leases it from its count
            em.createNativeQuery("DELETE FROM rate_limit_window WHERE org_id = :org AND window_start < :previous")
                    .setParameter("org", orgId).setParameter("previous", windowStart - WINDOW_MILLIS).executeUpdate();
        }
        return count;
    }
}
