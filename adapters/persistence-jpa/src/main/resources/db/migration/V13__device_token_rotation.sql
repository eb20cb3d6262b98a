-- Token rotation with an overlap: the token a device had before its last rotation keeps working on
-- the device side until previous_token_valid_until (epoch ms), never after. One previous token per
-- device; a device's own calls find it by this index only when its current token matched nothing.
ALTER TABLE device ADD COLUMN previous_token varchar(32);
ALTER TABLE device ADD COLUMN previous_token_valid_until bigint;
CREATE UNIQUE INDEX device_previous_token ON device (previous_token) WHERE previous_token IS NOT NULL;

-- a broker credential change that is due only later: the removal of a previous token at the end of its overlap
ALTER TABLE mqtt_credential_change ADD COLUMN not_before bigint NOT NULL DEFAULT 0;
