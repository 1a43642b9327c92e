package dev.mockinterview.question.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.contracts.CloudEvent;
import dev.mockinterview.contracts.CloudEventRecords;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.question.domain.QuestionVersion;
import dev.mockinterview.question.domain.VersionStatus;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.hibernate.LockOptions;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Announces published question versions on the compacted question-catalogue topic. The version row is its own
 * outbox: a version counts as announced only once the broker has acknowledged its event, so a broker outage
 * delays the announcement and never loses it. Event ids are derived from the version, so a repeat is harmless.
 */
@ApplicationScoped
public class CataloguePublisher {
    private static final Logger LOG = Logger.getLogger(CataloguePublisher.class);
    static final String SOURCE = "/question-service";

    private final Emitter<String> catalogue;
    private final ObjectMapper json;
    private final int batchSize;
    private final Duration ackTimeout;

    CataloguePublisher(@Channel(Topics.QUESTION_CATALOGUE) Emitter<String> catalogue, ObjectMapper json,
                       @ConfigProperty(name = "catalogue.publisher.batch-size") int batchSize,
                       @ConfigProperty(name = "catalogue.publisher.ack-timeout") Duration ackTimeout) {
        this.catalogue = catalogue;
        this.json = json;
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
    }

    // Skipped until start-up has finished, when the Kafka channels are connected.
    @Scheduled(every = "${catalogue.publisher.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void announcePublishedVersions() throws InterruptedException {
        // SKIP LOCKED lets several instances share the work without sending a version twice at the same time.
        List<QuestionVersion> batch = QuestionVersion.<QuestionVersion>find(
                        "from QuestionVersion v join fetch v.question where v.status = ?1 and v.announcedAt is null "
                                + "order by v.publishedAt, v.questionId", VersionStatus.PUBLISHED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .page(0, batchSize)
                .list();
        if (batch.isEmpty()) {
            return;
        }
        List<CompletableFuture<Void>> acks = batch.stream().map(this::send).toList();
        if (!CloudEventRecords.allAcknowledged(acks, ackTimeout)) {
            // The rows stay unannounced and the next run sends them again.
            LOG.warnf("question-catalogue did not acknowledge %d versions yet", batch.size());
            return;
        }
        Instant now = Instant.now();
        batch.forEach(version -> {
            version.announcedAt = now;
            LOG.infof("Announced question %s version %d", version.questionId, version.version);
        });
    }

    private CompletableFuture<Void> send(QuestionVersion version) {
        String id = "question-published:" + version.questionId + ":" + version.version;
        String event;
        try {
            event = json.writeValueAsString(CloudEvent.of(id, SOURCE, "question-published", version.publishedAt,
                    version.questionId, CatalogueVersion.of(dev.mockinterview.question.domain.QuestionSnapshot.of(version))));
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(e);
        }
        return CloudEventRecords.send(catalogue, Topics.QUESTION_CATALOGUE, version.questionId, event);
    }
}
