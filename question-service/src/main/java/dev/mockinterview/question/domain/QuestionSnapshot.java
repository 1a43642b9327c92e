package dev.mockinterview.question.domain;

import java.time.Instant;
import java.util.List;

/**
 * A question at one version, read in one transaction and detached from it: what the API shows, the cache keeps and
 * the events carry.
 *
 * @param revision the question's revision when read, the validator behind its ETag
 */
public record QuestionSnapshot(String id, String role, String topic, String difficulty, List<String> tags,
                               int timeLimitSeconds, int version, VersionStatus status, String prompt,
                               String rationale, String modelAnswer, List<KeyPoint> keyPoints, Instant publishedAt,
                               Instant retiredAt, long revision) {

    QuestionSnapshot withRevision(long newRevision) {
        return new QuestionSnapshot(id, role, topic, difficulty, tags, timeLimitSeconds, version, status, prompt,
                rationale, modelAnswer, keyPoints, publishedAt, retiredAt, newRevision);
    }

    static QuestionSnapshot of(QuestionVersion version) {
        Question question = version.question;
        return new QuestionSnapshot(question.id, question.role, question.topic, question.difficulty,
                List.copyOf(question.tags), question.timeLimitSeconds, version.version, version.status,
                version.prompt, version.rationale, version.modelAnswer, List.copyOf(version.keyPoints),
                version.publishedAt, version.retiredAt, question.revision);
    }
}
