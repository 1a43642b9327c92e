package dev.mockinterview.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A session's report as far as it goes: complete once the session has ended and every answer it lists is scored,
 * with the overall score set from then on; the answers scored so far either way.
 */
public record SessionReport(UUID sessionId, String candidateId, boolean complete, BigDecimal overallScore,
                            List<ScoredAnswer> answers) {

    /** One scored answer, in question order. */
    public record ScoredAnswer(int position, String questionId, int questionVersion, int score, String scorerVersion) {
    }
}
