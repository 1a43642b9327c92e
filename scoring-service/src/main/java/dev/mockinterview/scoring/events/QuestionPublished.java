package dev.mockinterview.scoring.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.mockinterview.scoring.domain.KeyPoint;
import dev.mockinterview.scoring.domain.QuestionVersion;

import java.time.Instant;
import java.util.List;

/**
 * The parts of a question-published or question-retired event's data (the same version either way) that scoring
 * keeps; the catalogue attributes it ignores.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuestionPublished(String questionId, int version, String role, String topic, String prompt,
                                String modelAnswer, List<KeyPoint> keyPoints, Instant publishedAt) {

    QuestionVersion toQuestionVersion() {
        QuestionVersion replica = new QuestionVersion();
        replica.questionId = questionId;
        replica.version = version;
        replica.role = role;
        replica.topic = topic;
        replica.prompt = prompt;
        replica.modelAnswer = modelAnswer;
        replica.keyPoints = List.copyOf(keyPoints);
        replica.publishedAt = publishedAt;
        return replica;
    }
}
