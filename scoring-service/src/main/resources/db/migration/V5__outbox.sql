-- The transactional outbox (dev.mockinterview.outbox): answer-scored and session-scored events, written in the
-- transaction that stores the score or the report, published by the relay in order per session.
CREATE TABLE outbox_event (
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
CREATE INDEX unsent_outbox_events ON outbox_event (message_key, seq) WHERE sent_at IS NULL;
CREATE INDEX sent_outbox_events ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;
