-- Failed token requests per client id, username or address and minute (brute-force slowing).
CREATE TABLE failed_sign_in_window (
    key          varchar(400) NOT NULL,
    window_start bigint       NOT NULL,
    count        bigint       NOT NULL,
    PRIMARY KEY (key, window_start)
);
CREATE INDEX failed_sign_in_window_start ON failed_sign_in_window (window_start);
