package dev.mockinterview.question.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mockinterview.question.domain.KeyPoint;
import dev.mockinterview.question.domain.QuestionVersion;
import dev.mockinterview.question.domain.VersionStatus;

import java.util.List;

/**
 * A question at one version. The rubric (rationale, model answer, key points) is shown to recruiters and admins
 * only: a candidate who could read it before an interview would be reading the answers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionView(String id, String role, String topic, String difficulty, List<String> tags,
                           int timeLimitSeconds, int version, VersionStatus status, String prompt, String rationale,
                           String modelAnswer, List<KeyPoint> keyPoints) {

    static QuestionView of(QuestionVersion version, boolean withRubric) {
        var question = version.question;
        return new QuestionView(question.id, question.role, question.topic, question.difficulty, question.tags,
                question.timeLimitSeconds, version.version, version.status, version.prompt,
                withRubric ? version.rationale : null,
                withRubric ? version.modelAnswer : null,
                withRubric ? version.keyPoints : null);
    }
}
