-- The transactional outbox (dev.mockinterview.outbox): events written in the transaction of the state change they
-- report, published by OutboxRelay in order per message key and marked sent once the broker acknowledged them.
-- Version 0.1 runs before every service's own migrations on a new database (question-service's V3 moves events into
-- this table). Databases made before the module owned its table got it from the services' own migrations, already in
-- this shape: there this migration is applied out of order and, through IF NOT EXISTS, changes nothing.
CREATE TABLE IF NOT EXISTS outbox_event (
    seq             bigserial PRIMARY KEY,
    event_id        uuid        NOT NULL UNIQUE,
    topic           text        NOT NULL,
    message_key     text        NOT NULL,
    payload         text        NOT NULL,
    traceparent     text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz
);
-- The relay claims whole keys: it looks for the oldest unsent event of each key.
CREATE INDEX IF NOT EXISTS unsent_outbox_events ON outbox_event (message_key, seq) WHERE sent_at IS NULL;
CREATE INDEX IF NOT EXISTS sent_outbox_events ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;
