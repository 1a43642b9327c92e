/**
 * A transactional outbox for any service: {@link dev.mockinterview.outbox.OutboxWriter} appends an event in the
 * transaction of the state change it reports; {@link dev.mockinterview.outbox.OutboxRelay} publishes the events to
 * Kafka in order per message key and marks each sent only after the broker's acknowledgement.
 *
 * <h2>What the module brings</h2>
 * <ul>
 *     <li>The table {@code outbox_event}, created by the Flyway migration {@code db/outbox/V0_1__outbox_event.sql},
 *     which a service's Flyway runs with its own ({@code quarkus.flyway.locations}).</li>
 *     <li>The producer of the outgoing channel {@code outbox}, in {@code META-INF/microprofile-config.properties}:
 *     {@code acks=all}, {@code enable.idempotence=true}, {@code delivery.timeout.ms} plus {@code max.block.ms}
 *     shorter than {@code outbox.relay.ack-timeout}, and {@code tracing-enabled=false}: the relay sets the
 *     {@code traceparent} header itself, from the trace that wrote the event, and the connector would replace it with
 *     the relay's own.</li>
 * </ul>
 *
 * <h2>What a service provides</h2>
 * <ul>
 *     <li>The channel's default {@code topic} ({@code mp.messaging.outgoing.outbox.topic}; each record names its
 *     own), and any override of the module's settings, in its {@code application.properties}.</li>
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
