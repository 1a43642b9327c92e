package dev.mockinterview.question.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A question to create: its id, where it sits in the catalogue (set once, here) and the content of its first
 * version. The same limits hold for a question bank's entries (see {@code schemas/question-bank.schema.json}).
 */
public record NewQuestion(@NotNull @Pattern(regexp = Slugs.SLUG) @Size(max = 80) String id,
                          @NotNull @Pattern(regexp = Slugs.SLUG) @Size(max = 80) String role,
                          @NotNull @Pattern(regexp = Slugs.SLUG) @Size(max = 80) String topic,
                          @NotNull @Pattern(regexp = Slugs.DIFFICULTY) String difficulty,
                          @NotNull @Size(max = 10)
                          List<@NotNull @Pattern(regexp = Slugs.TAG) @Size(max = 40) String> tags,
                          @Min(30) @Max(3600) int timeLimitSeconds,
                          @NotBlank @Size(max = 2000) String prompt,
                          @Size(max = 2000) String rationale,
                          @NotBlank @Size(max = 8000) String modelAnswer,
                          @NotNull @Size(min = 3, max = 8) List<@Valid @NotNull KeyPoint> keyPoints) {

    QuestionContent content() {
        return new QuestionContent(prompt, rationale, modelAnswer, keyPoints);
    }
}
