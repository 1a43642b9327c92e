package dev.mockinterview.scoring.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Which completed reports a recruiter lists; every criterion is optional.
 *
 * @param topic         sessions with at least one answer to a question of this topic
 * @param assessmentId  sessions taken for this assessment
 * @param completedFrom inclusive
 * @param completedTo   exclusive
 */
public record ReportFilter(String role, String topic, BigDecimal minScore, BigDecimal maxScore, Instant completedFrom,
                           Instant completedTo, String candidateId, UUID assessmentId) {

    /** How a list of reports is ordered; ties go by session id, so pages never overlap. */
    public enum Sort {
        SCORE("p.overallScore"), DATE("p.completedAt");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }
}
