package dev.mockinterview.session.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.contracts.EventContracts;
import dev.mockinterview.contracts.EventDelivery;
import dev.mockinterview.contracts.EventTypes;
import dev.mockinterview.contracts.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Keeps the local replica of the catalogue from question-catalogue. Upserting a version is idempotent, so replaying
 * the compacted topic from its start rebuilds the same replica. An event that breaks its contract is refused and
 * goes to the dead-letter topic; a passing database failure is tried again ({@link EventDelivery}).
 */
@ApplicationScoped
public class CatalogueReplica {
    private static final Logger LOG = Logger.getLogger(CatalogueReplica.class);

    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final Counter deadLettered;
    private volatile boolean stopping;

    CatalogueReplica(ObjectMapper json, EntityManager entityManager, MeterRegistry metrics) {
        this.json = json;
        this.entityManager = entityManager;
        this.deadLettered = metrics.counter("events.dead.lettered", "dead_letter_topic", Topics.SESSION_DEAD_LETTER);
    }

    @Incoming(Topics.QUESTION_CATALOGUE)
    @Blocking
    CompletionStage<Void> onCatalogueEvent(Message<String> message) {
        return EventDelivery.deliver(message,
                event -> QuarkusTransaction.requiringNew().run(() -> replicate(event)), () -> stopping,
                deadLettered::increment);
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    private void replicate(String event) {
        if (event == null) {
            LOG.debug("Ignoring a tombstone on question-catalogue");
            return;
        }
        // Parsed once: the contract is checked on the tree, and the tree becomes the event's data.
        JsonNode envelope;
        try {
            envelope = json.readTree(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("question-catalogue event is not JSON: " + e.getOriginalMessage(), e);
        }
        List<String> violations = EventContracts.violations(envelope);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("question-catalogue event breaks its contract: " + violations);
        }
        String type = envelope.path("type").asText();
        if (!EventTypes.QUESTION_PUBLISHED.equals(type) && !EventTypes.QUESTION_RETIRED.equals(type)) {
            LOG.debugf("Ignoring catalogue event of type %s", type);
            return;
        }
        QuestionPublished published;
        try {
            published = json.treeToValue(envelope.path("data"), QuestionPublished.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("question-catalogue event is unreadable: " + e.getOriginalMessage(), e);
        }
        // A version goes from published to retired and never back, so a retirement sticks whichever event of the
        // version comes last (a version's events share a key, but old records keyed by question id may remain).
        entityManager.createNativeQuery("""
                        INSERT INTO catalogue_question (question_id, version, role, topic, difficulty,
                                                        time_limit_seconds, prompt, published_at, current, retired)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, false, ?9)
                        ON CONFLICT (question_id, version) DO UPDATE SET role = excluded.role,
                            topic = excluded.topic, difficulty = excluded.difficulty,
                            time_limit_seconds = excluded.time_limit_seconds, prompt = excluded.prompt,
                            published_at = excluded.published_at,
                            retired = catalogue_question.retired OR excluded.retired""")
                .setParameter(1, published.questionId())
                .setParameter(2, published.version())
                .setParameter(3, published.role())
                .setParameter(4, published.topic())
                .setParameter(5, published.difficulty())
                .setParameter(6, published.timeLimitSeconds())
                .setParameter(7, published.prompt())
                .setParameter(8, published.publishedAt())
                .setParameter(9, EventTypes.QUESTION_RETIRED.equals(type))
                .executeUpdate();
        // The newest version a question has had is its current one, unless it is retired: then the question is
        // out of the catalogue until a newer version is published. Arrival order does not matter.
        entityManager.createNativeQuery("""
                        UPDATE catalogue_question SET current = (NOT retired AND version = (
                            SELECT max(version) FROM catalogue_question WHERE question_id = ?1))
                        WHERE question_id = ?1""")
                .setParameter(1, published.questionId())
                .executeUpdate();
        LOG.infof("Replica holds question %s version %d%s", published.questionId(), published.version(),
                EventTypes.QUESTION_RETIRED.equals(type) ? ", retired" : "");
    }

    /** The part of a question-published or question-retired event's data that sessions need. */
    record QuestionPublished(String questionId, int version, String role, String topic, String difficulty,
                             int timeLimitSeconds, String prompt, Instant publishedAt) {
    }
}
