-- Each actions-log entry keeps the organization its device was in when it was written, as timeline
-- entries do: after a transfer, the new organization reads only what was recorded in its own subtree.
-- Entries written before this version are taken to belong to the device's current organization.
ALTER TABLE action_log ADD COLUMN org_id integer REFERENCES organization (id);
UPDATE action_log l SET org_id = d.org_id FROM device d WHERE d.id = l.device_id;
ALTER TABLE action_log ALTER COLUMN org_id SET NOT NULL;
