-- Devices per organization, kept by triggers, so that D1's totalElements adds up a few rows instead
-- of counting an organization's devices (500,000 in the benchmark). Sixteen shards per organization:
-- concurrent creates in one organization update different rows instead of queuing on one; a count
-- is the sum of its shards (a shard may go negative).
CREATE TABLE organization_device_count (
    org_id  integer  NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    shard   smallint NOT NULL,
    devices bigint   NOT NULL,
    PRIMARY KEY (org_id, shard)
);

INSERT INTO organization_device_count (org_id, shard, devices)
SELECT org_id, 0, count(*) FROM device GROUP BY org_id;

CREATE FUNCTION count_added_devices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO organization_device_count (org_id, shard, devices)
    SELECT org_id, floor(random() * 16)::smallint, count(*) FROM added GROUP BY org_id
    ON CONFLICT (org_id, shard) DO UPDATE SET devices = organization_device_count.devices + EXCLUDED.devices;
    RETURN NULL;
END $$;

CREATE FUNCTION count_removed_devices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO organization_device_count (org_id, shard, devices)
    SELECT org_id, floor(random() * 16)::smallint, -count(*) FROM removed GROUP BY org_id
    ON CONFLICT (org_id, shard) DO UPDATE SET devices = organization_device_count.devices + EXCLUDED.devices;
    RETURN NULL;
END $$;

CREATE FUNCTION count_moved_device() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO organization_device_count (org_id, shard, devices)
    VALUES (OLD.org_id, floor(random() * 16)::smallint, -1), (NEW.org_id, floor(random() * 16)::smallint, 1)
    ON CONFLICT (org_id, shard) DO UPDATE SET devices = organization_device_count.devices + EXCLUDED.devices;
    RETURN NULL;
END $$;

CREATE TRIGGER device_added AFTER INSERT ON device
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION count_added_devices();
CREATE TRIGGER device_removed AFTER DELETE ON device
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION count_removed_devices();
CREATE TRIGGER device_moved AFTER UPDATE OF org_id ON device
    FOR EACH ROW WHEN (OLD.org_id IS DISTINCT FROM NEW.org_id) EXECUTE FUNCTION count_moved_device();
