-- +goose Up
-- slow_queries aggregates the statements that took longer than the slow
-- query threshold, one row per normalised statement (literals, parameters and
-- IN-lists collapsed). Every instance flushes its in-memory log here
-- periodically, adding to the totals.
CREATE TABLE slow_queries (
    fingerprint  text PRIMARY KEY,
    calls        bigint NOT NULL,
    total_ms     double precision NOT NULL,
    max_ms       double precision NOT NULL,
    sample       text NOT NULL,
    first_seen   timestamptz NOT NULL,
    last_seen    timestamptz NOT NULL
);
CREATE INDEX slow_queries_total_ms_idx ON slow_queries (total_ms DESC);

-- +goose Down
DROP TABLE slow_queries;
