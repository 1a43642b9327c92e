package dev.mockinterview.scoring.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.contracts.CloudEvent;
import dev.mockinterview.contracts.EventDelivery;
import dev.mockinterview.contracts.EventReader;
import dev.mockinterview.contracts.EventTypes;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.scoring.domain.Scoring;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Consumes the topics scoring reads. Each event is checked against its contract and then applied in one
 * transaction with the record of its id, so a redelivered event changes nothing. An event that is not JSON or
 * breaks its contract is refused at once, one that fails for another reason of its own after a bounded number of
 * attempts: the channel's dead-letter strategy moves it to scoring-dlq with the reason in a header, and its partition
 * moves on. A passing database failure is tried again until it goes through ({@link EventDelivery}).
 */
@ApplicationScoped
public class IncomingEvents {
    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);
    /**
     * The worker pool answers and completions are applied on, several at a time (its max-concurrency): they need no
     * order among themselves, because each takes its session's row lock, and the commit strategy commits an offset
     * only once every record before it is settled. The catalogue stays in order on the default pool.
     */
    static final String SCORING_WORKERS = "scoring-workers";

    private final EventReader reader;
    private final EntityManager entityManager;
    private final Scoring scoring;
    private final Counter deadLettered;
    private volatile boolean stopping;

    IncomingEvents(ObjectMapper json, EntityManager entityManager, Scoring scoring, MeterRegistry metrics) {
        this.reader = new EventReader(json);
        this.entityManager = entityManager;
        this.scoring = scoring;
        this.deadLettered = metrics.counter("events.dead.lettered", "dead_letter_topic", Topics.SCORING_DEAD_LETTER);
    }

    // A retired version is kept like a published one: scores point at it, and once the topic is compacted its
    // question-retired event is the only record of its rubric.
    @Incoming(Topics.QUESTION_CATALOGUE)
    @Blocking
    CompletionStage<Void> onCatalogueEvent(Message<String> message) {
        return deliver(message, value -> {
            if (value == null) {
                LOG.debug("Ignoring a tombstone on question-catalogue");
                return;
            }
            reader.readIfOf(value, EventTypes.CATALOGUE, QuestionPublished.class).filter(this::firstDelivery)
                    .ifPresent(published -> scoring.recordQuestionVersion(published.data().toQuestionVersion()));
        });
    }

    @Incoming(Topics.ANSWER_SUBMITTED)
    @Blocking(value = SCORING_WORKERS, ordered = false)
    CompletionStage<Void> onAnswerSubmitted(Message<String> message) {
        return deliver(message, value -> {
            CloudEvent<AnswerSubmitted> event = reader.read(value, EventTypes.ANSWER_SUBMITTED, AnswerSubmitted.class);
            if (firstDelivery(event)) {
                scoring.recordAnswer(event.data().toAnswer(), event.data().assessment());
            }
        });
    }

    @Incoming(Topics.SESSION_COMPLETED)
    @Blocking(value = SCORING_WORKERS, ordered = false)
    CompletionStage<Void> onSessionCompleted(Message<String> message) {
        return deliver(message, value -> {
            CloudEvent<SessionCompleted> event = reader.read(value, EventTypes.SESSION_COMPLETED,
                    SessionCompleted.class);
            if (firstDelivery(event)) {
                scoring.recordCompletion(event.data().toCompletion());
            }
        });
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    // Each attempt is one transaction: the effect and the record of the event id commit together or not at all.
    private CompletionStage<Void> deliver(Message<String> message, Consumer<String> apply) {
        return EventDelivery.deliver(message,
                value -> QuarkusTransaction.requiringNew().run(() -> apply.accept(value)), () -> stopping,
                deadLettered::increment);
    }

    // The primary key on the event id makes a concurrent duplicate wait for the first and then find its id.
    private boolean firstDelivery(CloudEvent<?> event) {
        int inserted = entityManager.createNativeQuery(
                        "INSERT INTO processed_event (event_id, event_type) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, event.id())
                .setParameter(2, event.type())
                .executeUpdate();
        if (inserted == 0) {
            LOG.infof("Skipped %s event %s: applied before", event.type(), event.id());
        }
        return inserted == 1;
    }
}
