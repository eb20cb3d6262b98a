-- Each device's newest LIFECYCLE timeline entry (by ts, then id), kept beside the partitioned timeline:
-- the device's details read it by primary key instead of searching every weekly partition, and it
-- outlives the partition its entry was in when retention drops that partition.
CREATE TABLE device_lifecycle (
    device_id integer PRIMARY KEY REFERENCES device (id) ON DELETE CASCADE,
    event_id  integer NOT NULL,
    entry_id  bigint  NOT NULL,
    ts        bigint  NOT NULL
);

-- Kept by the database on every insert, whoever makes it: during a rolling upgrade the instances
-- still on the previous version write the timeline alone, and their entries count too. An entry
-- older than the kept one (a late arrival with an earlier time) leaves the kept one as it is.
CREATE FUNCTION keep_device_lifecycle() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO device_lifecycle (device_id, event_id, entry_id, ts)
    VALUES (NEW.device_id, NEW.event_id, NEW.id, NEW.ts)
    ON CONFLICT (device_id) DO UPDATE
    SET event_id = excluded.event_id, entry_id = excluded.entry_id, ts = excluded.ts
    WHERE (excluded.ts, excluded.entry_id) > (device_lifecycle.ts, device_lifecycle.entry_id);
    RETURN NULL;
END
$$;

CREATE TRIGGER timeline_event_keeps_device_lifecycle
AFTER INSERT ON timeline_event
FOR EACH ROW WHEN (NEW.event_type = 'LIFECYCLE' AND NEW.event_id IS NOT NULL)
EXECUTE FUNCTION keep_device_lifecycle();

-- the entries written before the trigger existed
INSERT INTO device_lifecycle (device_id, event_id, entry_id, ts)
SELECT DISTINCT ON (device_id) device_id, event_id, id, ts
FROM timeline_event
WHERE event_type = 'LIFECYCLE' AND event_id IS NOT NULL
ORDER BY device_id, ts DESC, id DESC
ON CONFLICT (device_id) DO NOTHING;
