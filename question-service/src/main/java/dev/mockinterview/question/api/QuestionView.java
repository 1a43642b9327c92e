package dev.mockinterview.question.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mockinterview.question.domain.KeyPoint;
import dev.mockinterview.question.domain.QuestionSnapshot;
import dev.mockinterview.question.domain.VersionStatus;

import java.time.Instant;
import java.util.List;

/**
 * A question at one version. The rubric (rationale, model answer, key points) is shown to recruiters and admins
 * only: a candidate who could read it before an interview would be reading the answers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionView(String id, String role, String topic, String difficulty, List<String> tags,
                           int timeLimitSeconds, int version, VersionStatus status, String prompt, String rationale,
                           String modelAnswer, List<KeyPoint> keyPoints, Instant publishedAt, Instant retiredAt) {

    static QuestionView of(QuestionSnapshot question, boolean withRubric) {
        return new QuestionView(question.id(), question.role(), question.topic(), question.difficulty(),
                question.tags(), question.timeLimitSeconds(), question.version(), question.status(),
                question.prompt(),
                withRubric ? question.rationale() : null,
                withRubric ? question.modelAnswer() : null,
                withRubric ? question.keyPoints() : null,
                question.publishedAt(), question.retiredAt());
    }
}
