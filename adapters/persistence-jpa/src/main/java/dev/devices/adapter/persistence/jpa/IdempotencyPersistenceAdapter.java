package dev.devices.adapter.persistence.jpa;

import dev.devices.application.idempotency.StoredAnswer;
import dev.devices.application.port.out.IdempotencyPort;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Idempotency keys in PostgreSQL. A key is held with a transaction-level advisory lock on a hash of
 * scope and key, taken without waiting, so every instance sees a key's request running; a rare
 * collision of two keys' hashes makes one of them wait for a retry (409), never mixes their answers.
 */
@ApplicationScoped
class IdempotencyPersistenceAdapter implements IdempotencyPort {

    @Override
    public boolean hold(String scope, String key) {
        return (Boolean) em().createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtextextended(?1 || ' ' || ?2, 0))")
                .setParameter(1, scope).setParameter(2, key).getSingleResult();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<StoredAnswer> find(String scope, String key, long storedSince) {
        List<Object[]> rows = em().createNativeQuery("""
                        SELECT fingerprint, status, body, headers FROM idempotency_key
                        WHERE scope = ?1 AND key = ?2 AND created_at >= ?3""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, storedSince).getResultList();
        return rows.stream().findFirst().map(r -> new StoredAnswer((String) r[0], ((Number) r[1]).intValue(), (String) r[2],
                headers((String) r[3])));
    }

    @Override
    public void save(String scope, String key, StoredAnswer answer, long now) {
        em().createNativeQuery("""
                        INSERT INTO idempotency_key (scope, key, fingerprint, status, body, headers, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT (scope, key) DO UPDATE SET fingerprint = excluded.fingerprint, status = excluded.status,
                            body = excluded.body, headers = excluded.headers, created_at = excluded.created_at""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, answer.fingerprint())
                .setParameter(4, answer.status()).setParameter(5, answer.body()).setParameter(6, lines(answer.headers()))
                .setParameter(7, now).executeUpdate();
    }

    @Override
    public int forgetBefore(long before, int limit) {
        return em().createNativeQuery("""
                        DELETE FROM idempotency_key WHERE ctid IN (
                            SELECT ctid FROM idempotency_key WHERE created_at < ?1 ORDER BY created_at LIMIT ?2)""")
                .setParameter(1, before).setParameter(2, limit).executeUpdate();
    }

    /** Header names and values hold no tab or line break (HTTP forbids them): one "name<TAB>value" per line. */
    private static String lines(Map<String, String> headers) {
        StringBuilder text = new StringBuilder();
        headers.forEach((name, value) -> text.append(name).append('\t').append(value).append('\n'));
        return text.toString();
    }

    private static Map<String, String> headers(String lines) {
        Map<String, String> headers = new LinkedHashMap<>();
        lines.lines().filter(line -> line.indexOf('\t') > 0)
                .forEach(line -> headers.put(line.substring(0, line.indexOf('\t')), line.substring(line.indexOf('\t') + 1)));
        return headers;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
