package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.SessionReport;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A session's report: PENDING with the answers scored so far until the session has ended and all its answers are
 * scored, then COMPLETE with the overall score (the mean over the session's questions, unanswered ones counting 0,
 * to one decimal).
 */
public record ReportView(UUID sessionId, String candidateId, Status status, BigDecimal overallScore,
                         List<AnswerView> answers) {

    public enum Status { PENDING, COMPLETE }

    /** One scored answer, the question version it was scored against and the scorer that scored it. */
    public record AnswerView(int position, String questionId, int questionVersion, int score, String scorerVersion) {
    }

    static ReportView of(SessionReport report) {
        return new ReportView(report.sessionId(), report.candidateId(),
                report.complete() ? Status.COMPLETE : Status.PENDING, report.overallScore(),
                report.answers().stream()
                        .map(a -> new AnswerView(a.position(), a.questionId(), a.questionVersion(), a.score(),
                                a.scorerVersion()))
                        .toList());
    }
}
