package dev.mockinterview.question.events;

import dev.mockinterview.contracts.EventTypes;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.outbox.OutboxWriter;
import dev.mockinterview.question.domain.CataloguePublisher;
import dev.mockinterview.question.domain.QuestionSnapshot;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes question-published and question-retired to the outbox in the caller's transaction; the shared relay sends
 * them to the compacted question-catalogue topic.
 *
 * <p>The key (and subject) is the question version, {@code rest-vs-graphql:3}, not the question: compaction keeps the
 * newest event of each key, and with one key per question it would drop every version but the last, while scores
 * keep pointing at old versions and a replica rebuilt from the topic must hold them all. A version's own events
 * (published, then retired) share its key and keep their order; each carries the whole version, so the one that
 * survives compaction is enough. Across versions no order is needed: a replica derives the current version from the
 * versions it holds (the newest, unless retired).
 */
@ApplicationScoped
public class CatalogueEvents implements CataloguePublisher {
    private final OutboxWriter outbox;

    CatalogueEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void published(QuestionSnapshot version) {
        outbox.append(Topics.QUESTION_CATALOGUE, EventTypes.QUESTION_PUBLISHED, key(version),
                CatalogueVersion.of(version));
    }

    @Override
    public void retired(QuestionSnapshot version) {
        outbox.append(Topics.QUESTION_CATALOGUE, EventTypes.QUESTION_RETIRED, key(version),
                CatalogueVersion.of(version));
    }

    /** The record key and subject of a version's events. */
    public static String key(String questionId, int version) {
        return questionId + ":" + version;
    }

    private static String key(QuestionSnapshot version) {
        return key(version.id(), version.version());
    }
}
