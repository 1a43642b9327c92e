package dev.mockinterview.scoring.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A rubric to try and a sample answer to score with it. The limits are the catalogue's own for a question, and the
 * session service's for an answer, so a preview costs no more than scoring a real answer.
 */
public record PreviewRequest(@NotNull @Valid Question question, @NotNull @Size(max = 10_000) String answer) {

    /** The question as an author drafts it; without key points, the scorer derives them from the model answer. */
    public record Question(@NotBlank @Size(max = 2000) String prompt,
                           @NotBlank @Size(max = 8000) String modelAnswer,
                           @Size(max = 12) List<@NotNull @Valid KeyPoint> keyPoints) {

        /** The key points as the scorer takes them; none when none were given. */
        public List<dev.mockinterview.scoring.domain.KeyPoint> rubric() {
            return keyPoints == null ? List.of() : keyPoints.stream()
                    .map(point -> new dev.mockinterview.scoring.domain.KeyPoint(point.text(), point.weight(),
                            point.alternatives() == null ? List.of() : List.copyOf(point.alternatives())))
                    .toList();
        }
    }

    /** One key point with its weight and up to four other phrasings. */
    public record KeyPoint(@NotBlank @Size(max = 500) String text,
                           @NotNull @Positive @DecimalMax("100") Double weight,
                           @Size(max = 4) List<@NotBlank @Size(max = 500) String> alternatives) {
    }
}
