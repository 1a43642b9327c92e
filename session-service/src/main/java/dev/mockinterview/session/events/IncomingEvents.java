package dev.mockinterview.session.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.contracts.EventDelivery;
import dev.mockinterview.contracts.EventReader;
import dev.mockinterview.contracts.EventTypes;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.session.domain.CatalogueReplica;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * Consumes question-catalogue into the {@link CatalogueReplica}. An event that is not JSON or breaks its contract is
 * refused at once, one that fails for another reason of its own after a bounded number of attempts: the channel's
 * dead-letter strategy moves it to session-dead-letter with the reason in a header. A passing database failure is
 * tried again until it goes through ({@link EventDelivery}). Each attempt is one transaction of the replica's.
 */
@ApplicationScoped
public class IncomingEvents {
    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);

    private final EventReader reader;
    private final CatalogueReplica replica;
    private final Counter deadLettered;
    private volatile boolean stopping;

    IncomingEvents(ObjectMapper json, CatalogueReplica replica, MeterRegistry metrics) {
        this.reader = new EventReader(json);
        this.replica = replica;
        this.deadLettered = metrics.counter("events.dead.lettered", "dead_letter_topic", Topics.SESSION_DEAD_LETTER);
    }

    @Incoming(Topics.QUESTION_CATALOGUE)
    @Blocking
    CompletionStage<Void> onCatalogueEvent(Message<String> message) {
        return EventDelivery.deliver(message, value -> {
            if (value == null) {
                LOG.debug("Ignoring a tombstone on question-catalogue");
                return;
            }
            reader.readIfOf(value, EventTypes.CATALOGUE, QuestionPublished.class).ifPresent(event ->
                    replica.record(event.data().toVersion(EventTypes.QUESTION_RETIRED.equals(event.type()))));
        }, () -> stopping, deadLettered::increment);
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /** The part of a question-published or question-retired event's data that sessions need. */
    record QuestionPublished(String questionId, int version, String role, String topic, String difficulty,
                             int timeLimitSeconds, String prompt, Instant publishedAt) {
        CatalogueReplica.Version toVersion(boolean retired) {
            return new CatalogueReplica.Version(questionId, version, role, topic, difficulty, timeLimitSeconds,
                    prompt, publishedAt, retired);
        }
    }
}
