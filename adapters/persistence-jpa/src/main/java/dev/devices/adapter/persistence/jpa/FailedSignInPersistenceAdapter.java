package dev.devices.adapter.persistence.jpa;

import dev.devices.application.port.out.FailedSignInPort;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

/** One upsert per failure; a key's first failure in a window removes every window older than the previous one. */
@ApplicationScoped
class FailedSignInPersistenceAdapter implements FailedSignInPort {

    @Override
    public long recordFailure(String key, long windowStart) {
        var em = Panache.getEntityManager();
        long count = ((Number) em.createNativeQuery("INSERT INTO failed_sign_in_window (key, window_start, count)"
                        + " VALUES (:key, :window, 1) ON CONFLICT (key, window_start)"
                        + " DO UPDATE SET count = failed_sign_in_window.count + 1 RETURNING count")
                .setParameter("key", key).setParameter("window", windowStart).getSingleResult()).longValue();
        if (count == 1) {
            em.createNativeQuery("DELETE FROM failed_sign_in_window WHERE window_start < :before")
                    .setParameter("before", windowStart - 3_600_000L).executeUpdate();
        }
        return count;
    }

    @Override
    public long failures(String key, long windowStart) {
        Object count = Panache.getEntityManager().createNativeQuery(
                        "SELECT count FROM failed_sign_in_window WHERE key = :key AND window_start = :window")
                .setParameter("key", key).setParameter("window", windowStart).getResultStream().findFirst().orElse(0L);
        return ((Number) count).longValue();
    }
}
