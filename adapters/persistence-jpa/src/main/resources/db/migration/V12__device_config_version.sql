-- The device's configuration version, the API's ETag: it moves when the name, organization, owner,
-- tags, metafield values or token change, and not when the device side reports (which moves
-- "version", the row's optimistic lock). A constant default: PostgreSQL adds the column without
-- rewriting the table.
ALTER TABLE device ADD COLUMN config_version bigint NOT NULL DEFAULT 1;
