package dev.mockinterview.question.events;

import dev.mockinterview.question.domain.KeyPoint;
import dev.mockinterview.question.domain.QuestionVersion;

import java.time.Instant;
import java.util.List;

/** The data of a question-published event: the whole version with its rubric, so consumers need no call back. */
public record QuestionPublished(String questionId, int version, String role, String topic, String difficulty,
                                List<String> tags, int timeLimitSeconds, String prompt, String rationale,
                                String modelAnswer, List<KeyPoint> keyPoints, Instant publishedAt) {

    static QuestionPublished of(QuestionVersion version) {
        var question = version.question;
        return new QuestionPublished(question.id, version.version, question.role, question.topic,
                question.difficulty, question.tags, question.timeLimitSeconds, version.prompt, version.rationale,
                version.modelAnswer, version.keyPoints, version.publishedAt);
    }
}
