package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.Assessment;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.domain.SessionReport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session's report down to each key point and its evidence: PENDING with the answers scored so far until the
 * session has ended and all its answers are scored, then COMPLETE with the overall score (the mean over the
 * session's questions, unanswered ones counting 0, to one decimal). Each answer shows its newest score, and the
 * scores older scorer versions gave it.
 * <p>
 * The candidate of an assessment that does not show feedback reads the same view with {@code feedbackHidden} true:
 * the status and the answers' questions and times, but no score, band, flag, key point or feedback (null or empty).
 *
 * @param assessment      the assessment the session was taken for; null for practice
 * @param timeTakenMillis the answers' time taken, summed
 * @param topicScores     mean score of the answered questions per topic
 */
public record ReportView(UUID sessionId, String candidateId, String role, Assessment assessment,
                         boolean feedbackHidden, SessionReport.Status status, BigDecimal overallScore,
                         Integer questionCount, String endedAs, Instant completedAt,
                         Instant reportedAt, long timeTakenMillis, List<SessionReport.TopicScore> topicScores,
                         List<SessionReport.KeyPointOfAnswer> strongestKeyPoints,
                         List<SessionReport.KeyPointOfAnswer> weakestKeyPoints, List<AnswerView> answers) {

    /**
     * One scored answer, the question version it was scored against and the scorer that scored it.
     *
     * @param feedback two or three sentences of feedback in words, built from the findings and flags
     */
    public record AnswerView(UUID answerId, int position, String questionId, int questionVersion, String topic,
                             long timeTakenMillis, Integer score, ScoredAnswer.Band band,
                             List<ScoredAnswer.Flag> flags,
                             List<ScoredAnswer.KeyPointFinding> keyPoints, List<String> feedback,
                             String scorerVersion, Instant scoredAt, List<SessionReport.EarlierScore> earlierScores) {
    }

    /** The report as the caller reads it, its scores and feedback shown or hidden. */
    static ReportView of(SessionReport report, boolean feedbackShown) {
        return new ReportView(report.sessionId(), report.candidateId(), report.role(), report.assessment(),
                !feedbackShown, report.status(), feedbackShown ? report.overallScore() : null,
                report.questionCount(), report.endedAs(), report.completedAt(), report.reportedAt(),
                report.timeTakenMillis(), shown(feedbackShown, report.topicScores()),
                shown(feedbackShown, report.strongestKeyPoints()), shown(feedbackShown, report.weakestKeyPoints()),
                report.answers().stream()
                        .map(a -> new AnswerView(a.answerId(), a.position(), a.questionId(), a.questionVersion(),
                                a.topic(), a.timeTakenMillis(), feedbackShown ? a.score() : null,
                                feedbackShown ? a.band() : null, shown(feedbackShown, a.flags()),
                                shown(feedbackShown, a.keyPoints()), shown(feedbackShown, a.feedback()),
                                a.scorerVersion(), a.scoredAt(), shown(feedbackShown, a.earlierScores())))
                        .toList());
    }

    private static <T> List<T> shown(boolean feedbackShown, List<T> items) {
        return feedbackShown ? items : List.of();
    }
}
