-- Work that one instance does alone (the MQTT subscription): the instance holding a role's row until
-- expires_at does it; a claim renews the row or takes it over once it ran out (database time).
CREATE TABLE role_lease (
    role       varchar(64)  PRIMARY KEY,
    holder     varchar(200) NOT NULL,
    expires_at timestamptz  NOT NULL
);
