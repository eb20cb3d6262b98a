package dev.devices.adapter.persistence.jpa;

import dev.devices.application.port.out.HistoryRetentionPort;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The history tables' weekly partitions (V10): created ahead, dropped whole past the retention. Rows
 * that reached the DEFAULT partition (no weekly one covered them) move into a weekly partition when
 * it is created, or are deleted row by row past the retention. Instances serialize on an advisory
 * lock, and every lock wait is bounded so that DDL never queues the inserts behind it for long.
 */
@ApplicationScoped
class HistoryPartitionsAdapter implements HistoryRetentionPort {

    static final long WEEK = 7L * 24 * 60 * 60 * 1000;
    /** The advisory lock of this maintenance; any constant no other part of the service uses. */
    private static final long LOCK = 0x6869_7374_6f72_79L;
    private static final Pattern BOUNDS = Pattern.compile("FOR VALUES FROM \\('?(-?\\d+)'?\\) TO \\('?(-?\\d+)'?\\)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    /** A partitioned table and its time column (milliseconds since the epoch). */
    record Partitioned(String table, String column) {
    }

    static final List<Partitioned> TABLES = List.of(new Partitioned("datastream_history", "ts"),
            new Partitioned("timeline_event", "ts"), new Partitioned("action_log", "created_at"));

    @Override
    public void prepare(long from, long until) {
        EntityManager em = serialized();
        for (Partitioned p : TABLES) {
            List<Partition> existing = partitions(em, p);
            for (long week = weekOf(from); week < until; week += WEEK) {
                long start = week;
                if (existing.stream().noneMatch(partition -> partition.from() < start + WEEK && partition.to() > start)) {
                    create(em, p, week);
                }
            }
        }
    }

    @Override
    public long removeBefore(long cutoff) {
        EntityManager em = serialized();
        long removedBefore = cutoff;
        for (Partitioned p : TABLES) {
            for (Partition partition : partitions(em, p)) {
                if (partition.to() <= cutoff) {
                    em.createNativeQuery("DROP TABLE " + quoted(partition.name())).executeUpdate();
                } else if (partition.from() < cutoff) {
                    removedBefore = Math.min(removedBefore, partition.from()); // the one holding the cutoff stays whole
                }
            }
            em.createNativeQuery("DELETE FROM " + p.table() + "_default WHERE " + p.column() + " < :cutoff")
                    .setParameter("cutoff", cutoff).executeUpdate();
        }
        return removedBefore;
    }

    /**
     * The unit of work's connection, holding this maintenance's lock. A lock is waited for at most a
     * second: inserts queue behind a waiting DDL, so it gives up and tries at the next run instead.
     */
    private static EntityManager serialized() {
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("SET LOCAL lock_timeout = '1s'").executeUpdate();
        em.createNativeQuery("SELECT pg_advisory_xact_lock(:lock)").setParameter("lock", LOCK).getSingleResult();
        return em;
    }

    private static void create(EntityManager em, Partitioned p, long week) {
        String name = p.table() + "_p" + DAY.format(Instant.ofEpochMilli(week));
        String range = " FOR VALUES FROM (" + week + ") TO (" + (week + WEEK) + ")";
        String inWeek = p.column() + " >= " + week + " AND " + p.column() + " < " + (week + WEEK);
        // no insert may reach the DEFAULT partition between looking into it and attaching the week (it would
        // then hold a row of the week, and PostgreSQL refuse the partition). The table is locked before its
        // DEFAULT partition, in the order an insert takes them, so that the two never wait for each other;
        // creating the partition locks the table anyway.
        em.createNativeQuery("LOCK TABLE " + p.table() + " IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
        boolean strays = (Boolean) em.createNativeQuery(
                "SELECT EXISTS (SELECT 1 FROM " + p.table() + "_default WHERE " + inWeek + ")").getSingleResult();
        if (!strays) {
            em.createNativeQuery("CREATE TABLE " + name + " PARTITION OF " + p.table() + range).executeUpdate();
            return;
        }
        // the week's rows are in the DEFAULT partition, which forbids a partition for them: move them first
        em.createNativeQuery("CREATE TABLE " + name + " (LIKE " + p.table() + " INCLUDING INDEXES)").executeUpdate();
        em.createNativeQuery("WITH moved AS (DELETE FROM " + p.table() + "_default WHERE " + inWeek
                + " RETURNING *) INSERT INTO " + name + " SELECT * FROM moved").executeUpdate();
        em.createNativeQuery("ALTER TABLE " + p.table() + " ATTACH PARTITION " + name + range).executeUpdate();
    }

    /** A name from the catalog as a quoted identifier (as PostgreSQL's quote_ident, without asking it). */
    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** One partition of a table and its range, from inclusive, to exclusive. */
    record Partition(String name, long from, long to) {
    }

    /** The table's partitions with a range (the DEFAULT partition left out). */
    static List<Partition> partitions(EntityManager em, Partitioned p) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.relname, pg_get_expr(c.relpartbound, c.oid)"
                        + " FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                        + " WHERE i.inhparent = CAST(:parent AS regclass)")
                .setParameter("parent", p.table()).getResultList();
        List<Partition> partitions = new ArrayList<>();
        for (Object[] row : rows) {
            Matcher bounds = BOUNDS.matcher((String) row[1]);
            if (bounds.find()) {
                partitions.add(new Partition((String) row[0], Long.parseLong(bounds.group(1)), Long.parseLong(bounds.group(2))));
            }
        }
        return partitions;
    }

    static long weekOf(long millis) {
        return Math.floorDiv(millis, WEEK) * WEEK;
    }
}
