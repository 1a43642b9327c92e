package dev.mockinterview.scoring.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A completed report's headline figures, as recruiters list and export them.
 *
 * @param assessment the assessment the session was taken for; null for practice
 */
public record ReportSummary(UUID sessionId, String candidateId, String role, Assessment assessment, String endedAs,
                            int questionCount,
                            int answered, BigDecimal overallScore, long timeTakenMillis, Instant completedAt,
                            Instant reportedAt, List<SessionReport.TopicScore> topicScores) {

    static ReportSummary of(SessionProgress session) {
        return new ReportSummary(session.sessionId, session.candidateId, session.role,
                session.assessment().orElse(null), session.endedAs,
                session.questionCount, session.answerIds.size(), session.overallScore, session.timeTakenMillis,
                session.completedAt, session.reportedAt, List.copyOf(session.topicScores));
    }

    /** One page of summaries and how many match across all pages. */
    public record Page(List<ReportSummary> items, long total) {
    }

    /** One answer of a listed report, for the per-answer export. */
    public record AnswerRow(ReportSummary session, SessionReport.ReportedAnswer answer, String text) {
    }
}
