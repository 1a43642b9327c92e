-- The shared outbox module (dev.mockinterview.outbox): the trace an event was written in, for its record's
-- traceparent header, and a backoff after failed sends.
ALTER TABLE outbox_event ADD COLUMN traceparent text;
ALTER TABLE outbox_event ADD COLUMN attempts integer NOT NULL DEFAULT 0;
ALTER TABLE outbox_event ADD COLUMN next_attempt_at timestamptz;

-- The relay claims whole keys: it looks for the oldest unsent event of each key.
DROP INDEX unsent_outbox_events;
CREATE INDEX unsent_outbox_events ON outbox_event (message_key, seq) WHERE sent_at IS NULL;
