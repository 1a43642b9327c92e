package dev.mockinterview.question.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** One point a strong answer makes, its weight in the score, and other ways a candidate might phrase it. */
public record KeyPoint(@NotBlank @Size(max = 500) String text,
                       @DecimalMin(value = "0", inclusive = false) @DecimalMax("10") double weight,
                       @NotNull @Size(max = 4) List<@NotBlank @Size(max = 500) String> alternatives) {
}
