-- Each device's newest LIFECYCLE timeline entry (by ts, then id), kept beside the partitioned timeline:
-- the device's details read it by primary key instead of searching every weekly partition, and it
-- outlives the partition its entry was in when retention drops that partition.
CREATE TABLE device_lifecycle (
    device_id integer PRIMARY KEY REFERENCES device (id) ON DELETE CASCADE,
    event_id  integer NOT NULL,
    entry_id  bigint  NOT NULL,
    ts        bigint  NOT NULL
);

INSERT INTO device_lifecycle (device_id, event_id, entry_id, ts)
SELECT DISTINCT ON (device_id) device_id, event_id, id, ts
FROM timeline_event
WHERE event_type = 'LIFECYCLE' AND event_id IS NOT NULL
ORDER BY device_id, ts DESC, id DESC;
