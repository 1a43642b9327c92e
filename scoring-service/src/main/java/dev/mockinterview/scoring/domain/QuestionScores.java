package dev.mockinterview.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * How everyone scored on one question version, each answer by its newest score.
 *
 * @param percentiles score at the 25th, 50th, 75th and 90th percentile (continuous, interpolated); empty when no
 *                    answer is scored
 * @param sessions    best first; {@code percentile} is the share of the other answers that scored lower, 0 to 100
 * @param reviews     what people's reviews of the answers' scores say of the scorer
 */
public record QuestionScores(String questionId, int version, long count, BigDecimal mean,
                             List<Percentile> percentiles, List<SessionScore> sessions, ReviewFigures reviews) {

    public record Percentile(int percentile, BigDecimal score) {
    }

    public record SessionScore(UUID sessionId, String candidateId, UUID answerId, int score, BigDecimal percentile) {
    }
}
