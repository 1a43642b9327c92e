package dev.mockinterview.question.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;

/** What one version of a question says: the prompt, why it is asked, the model answer and the rubric. */
public record QuestionContent(@NotBlank @Size(max = 2000) String prompt,
                              @Size(max = 2000) String rationale,
                              @NotBlank @Size(max = 8000) String modelAnswer,
                              @NotNull @Size(min = 3, max = 8) List<@Valid @NotNull KeyPoint> keyPoints) {

    /** Whether a version holds exactly this content. */
    boolean isIn(QuestionVersion version) {
        return prompt.equals(version.prompt) && Objects.equals(rationale, version.rationale)
                && modelAnswer.equals(version.modelAnswer) && keyPoints.equals(version.keyPoints);
    }
}
