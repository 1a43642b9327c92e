package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.Reviewing;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * A person's review of an answer's score: the score that counts from now on (0 to 100, a whole number), optionally
 * other statuses for key points of the answer's newest machine score, and the reason (1 to 2,000 characters). The
 * domain checks the key points and the reason ({@link Reviewing}). The score is read as a decimal so that any number
 * sent (72.5, 1e9, 99999999999) is refused naming the field rather than failing to parse.
 */
public record ReviewRequest(@NotNull @DecimalMin("0") @DecimalMax("100")
                            @Digits(integer = 3, fraction = 0, message = "must be a whole number") BigDecimal score,
                            @Size(max = 50) List<@NotNull @Valid KeyPoint> keyPoints,
                            @NotNull @Size(max = Reviewing.MAX_REASON) String reason) {

    /** A key point named by its index in the report's list (from 0) or by its text, and its reviewed status. */
    public record KeyPoint(Integer index, @Size(max = 500) String text, @NotNull ScoredAnswer.Coverage status) {
    }

    List<Reviewing.KeyPointStatus> statuses() {
        return keyPoints == null ? List.of() : keyPoints.stream()
                .map(point -> new Reviewing.KeyPointStatus(point.index(), point.text(), point.status())).toList();
    }
}
