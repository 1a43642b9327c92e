/**
 * A transactional outbox for any service: {@link dev.mockinterview.outbox.OutboxWriter} appends an event in the
 * transaction of the state change it reports; {@link dev.mockinterview.outbox.OutboxRelay} publishes the events to
 * Kafka in order per message key and marks each sent only after the broker's acknowledgement.
 *
 * <h2>What a service provides</h2>
 * <ul>
 *     <li>The table, in its own Flyway migrations (the relay and the gauges rely on these columns and indexes):
 * <pre>{@code
 * CREATE TABLE outbox_event (
 *     seq             bigserial PRIMARY KEY,
 *     event_id        uuid        NOT NULL UNIQUE,
 *     topic           text        NOT NULL,
 *     message_key     text        NOT NULL,
 *     payload         text        NOT NULL,
 *     traceparent     text,
 *     created_at      timestamptz NOT NULL DEFAULT now(),
 *     sent_at         timestamptz,
 *     attempts        integer     NOT NULL DEFAULT 0,
 *     next_attempt_at timestamptz
 * );
 * CREATE INDEX unsent_outbox_events ON outbox_event (message_key, seq) WHERE sent_at IS NULL;
 * CREATE INDEX sent_outbox_events ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;
 * }</pre></li>
 *     <li>The producer, the outgoing channel {@code outbox}: {@code connector=smallrye-kafka}, a default
 *     {@code topic} (each record names its own), {@code value.serializer} StringSerializer, {@code acks=all},
 *     {@code enable.idempotence=true}, and {@code delivery.timeout.ms} plus {@code max.block.ms} shorter than
 *     {@code outbox.relay.ack-timeout}. With quarkus-opentelemetry, also {@code tracing-enabled=false}: the relay
 *     sets the {@code traceparent} header itself, from the trace that wrote the event, and the connector would
 *     replace it with the relay's own.</li>
 *     <li>Optionally, settings under {@code outbox.} ({@link dev.mockinterview.outbox.OutboxConfig}):
 *     {@code source} (default {@code /<quarkus.application.name>}), {@code relay.interval} (1s),
 *     {@code relay.batch-size} (500), {@code relay.ack-timeout} (25s), {@code relay.backoff.initial} (1s),
 *     {@code relay.backoff.max} (1m), {@code retention} (P7D), {@code retention-interval} (1h),
 *     {@code metrics.interval} (5s).</li>
 * </ul>
 *
 * <h2>What it guarantees</h2>
 * An event is published at least once (consumers are idempotent), and the events of one key reach Kafka in the order
 * they were written, provided writers of one key are serialised (a row lock on the aggregate). Several instances of a
 * service share the outbox without splitting a key between them. Gauges {@code outbox.backlog} and
 * {@code outbox.oldest.unsent.age} (seconds) measure what waits.
 */
package dev.mockinterview.outbox;
