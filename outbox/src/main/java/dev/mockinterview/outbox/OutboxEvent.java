package dev.mockinterview.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An event written in the same transaction as the state change it reports, waiting for the relay to send it. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "event_id")
    public UUID eventId;
    public String topic;
    /** The Kafka record key: the aggregate whose events keep their order. */
    @Column(name = "message_key")
    public String messageKey;
    public String payload;
    /** The W3C trace context of the transaction that wrote the event, sent as the record's traceparent header. */
    public String traceparent;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    /** Failed sends so far; the next try waits longer after each. */
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
}
