-- Per-user token buckets (dev.mockinterview.limits.RateLimits), in the shape Bucket4j's PostgreSQL proxy manager reads
-- and writes: one row a bucket, keyed by limit, capacity and user ("answers-per-minute:30:alice"), its state
-- serialised by Bucket4j. Every instance of the service reads and updates the same rows, under an advisory lock per
-- bucket, so a limit holds however many instances run. A bucket expires (expires_at, epoch milliseconds) once it
-- would be full again; the scheduled cleanup deletes expired rows, taking explicit_lock's advisory lock first.
-- Numbered after the outbox's 0.1 and before every service's own migrations, it is applied out of order on databases
-- made before it.
CREATE TABLE IF NOT EXISTS rate_limit_bucket (
    id            text PRIMARY KEY,
    state         bytea  NOT NULL,
    expires_at    bigint NOT NULL,
    explicit_lock bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS rate_limit_buckets_by_expiry ON rate_limit_bucket (expires_at);
