package dev.devices.adapter.persistence.jpa;

import dev.devices.application.port.out.RateLimitPort;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One upsert per request: PostgreSQL serializes concurrent increments of a row, so instances sharing
 * the database share the count. A window's first request removes the organization's older windows.
 */
@ApplicationScoped
class RateLimitPersistenceAdapter implements RateLimitPort {

    @Override
    public long countRequest(int orgId, long windowStart) {
        var em = Panache.getEntityManager();
        long count = ((Number) em.createNativeQuery("INSERT INTO rate_limit_window (org_id, window_start, count)"
                        + " VALUES (:org, :window, 1) ON CONFLICT (org_id, window_start)"
                        + " DO UPDATE SET count = rate_limit_window.count + 1 RETURNING count")
                .setParameter("org", orgId).setParameter("window", windowStart).getSingleResult()).longValue();
        if (count == 1) {
            em.createNativeQuery("DELETE FROM rate_limit_window WHERE org_id = :org AND window_start < :window")
                    .setParameter("org", orgId).setParameter("window", windowStart).executeUpdate();
        }
        return count;
    }
}
