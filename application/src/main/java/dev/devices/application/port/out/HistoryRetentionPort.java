package dev.devices.application.port.out;

/**
 * Keeps the time-stamped records of devices bounded: datastream history, timeline and actions log.
 * A store may keep them in blocks of time (PostgreSQL: a partition a week) and remove whole blocks.
 */
public interface HistoryRetentionPort {

    /**
     * Makes the store ready for records stamped from {@code from} until {@code until} (a store partitioned
     * by time creates the partitions ahead). Records are taken at any time whether or not this ran, and
     * records already stored in that span stay readable.
     */
    void prepare(long from, long until);

    /**
     * Removes the records stamped before {@code cutoff} as far as the store's blocks allow, never one
     * stamped at or after it; answers the time before which none is left now (at most {@code cutoff},
     * at least a week before it).
     */
    long removeBefore(long cutoff);
}
