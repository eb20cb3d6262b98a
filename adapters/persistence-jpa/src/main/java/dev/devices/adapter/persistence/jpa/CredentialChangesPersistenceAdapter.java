package dev.devices.adapter.persistence.jpa;

import dev.devices.application.port.out.CredentialChangesPort;
import dev.devices.domain.device.DeviceToken;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * The credential outbox in PostgreSQL. One instance drains it at a time (a transaction-scoped
 * advisory lock), so changes reach the broker in the order they were made: a device's removal never
 * overtakes its addition.
 */
@ApplicationScoped
class CredentialChangesPersistenceAdapter implements CredentialChangesPort {

    /** The advisory lock key of draining the outbox (any constant unique to this use). */
    private static final long DRAIN_LOCK = 0x4d51_5454_4352_4544L;

    private final Clock clock;

    CredentialChangesPersistenceAdapter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void record(DeviceToken token, boolean added) {
        em().createNativeQuery("INSERT INTO mqtt_credential_change (token, added, created_at) VALUES (:token, :added, :now)")
                .setParameter("token", token.value()).setParameter("added", added)
                .setParameter("now", clock.millis()).executeUpdate();
    }

    @Override
    public void recordRemoval(DeviceToken token, long notBefore) {
        em().createNativeQuery("INSERT INTO mqtt_credential_change (token, added, created_at, not_before)"
                        + " VALUES (:token, false, :now, :notBefore)")
                .setParameter("token", token.value()).setParameter("now", clock.millis())
                .setParameter("notBefore", notBefore).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CredentialChange> claimPending(int limit, long now) {
        boolean ours = (Boolean) em().createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                .setParameter("key", DRAIN_LOCK).getSingleResult();
        if (!ours) {
            return List.of(); // another instance is draining
        }
        List<Object[]> rows = em().createNativeQuery(
                        "SELECT id, token, added FROM mqtt_credential_change WHERE not_before <= :now ORDER BY id LIMIT :limit")
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new CredentialChange(((Number) r[0]).longValue(), DeviceToken.of((String) r[1]),
                (Boolean) r[2])).toList();
    }

    @Override
    public void applied(Collection<Long> changeIds) {
        if (!changeIds.isEmpty()) {
            em().createNativeQuery("DELETE FROM mqtt_credential_change WHERE id IN (:ids)").setParameter("ids", changeIds)
                    .executeUpdate();
        }
    }

    @Override
    public boolean seedOnce() {
        long now = clock.millis();
        int marked = em().createNativeQuery("INSERT INTO mqtt_credential_seed (seeded_at) VALUES (:now) ON CONFLICT DO NOTHING")
                .setParameter("now", now).executeUpdate();
        if (marked == 0) {
            return false;
        }
        // FOR KEY SHARE waits for a deletion or token change in flight and then reads what it left; a plain
        // read would queue a deleted device's token after that deletion's own removal
        em().createNativeQuery("INSERT INTO mqtt_credential_change (token, added, created_at)"
                + " SELECT token, true, :now FROM device ORDER BY id FOR KEY SHARE").setParameter("now", now).executeUpdate();
        return true;
    }

    @Override
    public void forgetSeed() {
        em().createNativeQuery("DELETE FROM mqtt_credential_seed").executeUpdate();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
