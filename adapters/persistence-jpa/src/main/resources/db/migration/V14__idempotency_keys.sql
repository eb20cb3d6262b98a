-- The answers to requests that carried an Idempotency-Key: per caller (scope) and key, stored with
-- the request's effect, given again to a retry of the same request (fingerprint) for the retention.
CREATE TABLE idempotency_key (
    scope       varchar(200)  NOT NULL,
    key         varchar(255)  NOT NULL,
    fingerprint varchar(64)   NOT NULL,
    status      smallint      NOT NULL,
    body        text,
    headers     text          NOT NULL, -- one "name<TAB>value" per line: ETag, Location
    created_at  bigint        NOT NULL,
    PRIMARY KEY (scope, key)
);

-- forgetting the expired ones, oldest first
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
