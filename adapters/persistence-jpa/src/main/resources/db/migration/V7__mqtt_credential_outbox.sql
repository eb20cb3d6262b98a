-- Device credentials waiting to be applied to an MQTT broker that authenticates each device on its own
-- (devices.mqtt.device-credentials=dynamic-security): written in the transaction that creates or deletes
-- the device, removed once the broker confirmed the change. Applied in id order, by one instance at a time.
CREATE TABLE mqtt_credential_change (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token      varchar(32) NOT NULL,
    added      boolean     NOT NULL,
    created_at bigint      NOT NULL
);

-- one row once every existing device was queued for the broker (the first start with credentials managed)
CREATE TABLE mqtt_credential_seed (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    seeded_at bigint  NOT NULL
);
