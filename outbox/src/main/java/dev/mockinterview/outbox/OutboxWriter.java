package dev.mockinterview.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.contracts.CloudEvent;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes an event as a CloudEvent into the outbox, inside the caller's transaction, so the event exists exactly when
 * the state change it reports does.
 *
 * <p>Order per key is the order of the writers' commits only if they are serialised per key: callers that may race on
 * one aggregate must lock it (a row lock on the aggregate, say) before appending its events.
 */
@ApplicationScoped
public class OutboxWriter {
    static final String TRACEPARENT = "traceparent";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final String source;

    OutboxWriter(EntityManager entityManager, ObjectMapper json, OutboxConfig config) {
        this.entityManager = entityManager;
        this.json = json;
        this.source = config.source();
    }

    /**
     * Appends an event of the aggregate {@code key}: the key is both the CloudEvent's subject and the Kafka record key.
     *
     * @param data the event's data record, serialised as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String type, String key, Object data) {
        UUID id = UUID.randomUUID();
        String payload;
        try {
            payload = json.writeValueAsString(CloudEvent.of(id.toString(), source, type, Instant.now(), key, data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialise a " + type + " event", e);
        }
        // A plain INSERT rather than persisting an OutboxEvent: its identity key would make Hibernate run the insert
        // at once and read the generated key back, a cost on every state change for a key nobody here needs.
        entityManager.createNativeQuery("""
                        INSERT INTO outbox_event (event_id, topic, message_key, payload, traceparent)
                        VALUES (?1, ?2, ?3, ?4, ?5)""")
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(OutboxEvent.class)
                .setParameter(1, id)
                .setParameter(2, topic)
                .setParameter(3, key)
                .setParameter(4, payload)
                // Typed: there is no trace without an OpenTelemetry SDK, and an untyped null would not bind as text.
                .setParameter(5, currentTraceparent(), String.class)
                .executeUpdate();
    }

    // The W3C form of the current span (none without an OpenTelemetry SDK, or outside any trace).
    private static String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }
}
