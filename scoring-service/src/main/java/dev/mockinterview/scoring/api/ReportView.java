package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.Assessment;
import dev.mockinterview.scoring.domain.AnswerReview;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.domain.SessionReport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session's report down to each key point and its evidence: PENDING with the answers scored so far until the
 * session has ended and all its answers are scored, then COMPLETE with the overall score (the mean over the
 * session's final scores, unanswered questions counting 0, to one decimal). Each answer shows its newest machine
 * score, the scores older scorer versions gave it, and people's reviews of it with its final score.
 * <p>
 * The candidate of an assessment that does not show feedback reads the same view with {@code feedbackHidden} true:
 * the status and the answers' questions and times, but no score, band, flag, key point or feedback (null or empty).
 *
 * @param assessment      the assessment the session was taken for; null for practice
 * @param timeTakenMillis the answers' time taken, summed
 * @param topicScores     mean final score of the answered questions per topic
 * @param reviewedBy      who reviewed an answer of the report last; null when nobody has, or for the candidate
 * @param reviewedAt      when; null when nobody has
 */
public record ReportView(UUID sessionId, String candidateId, String role, Assessment assessment,
                         boolean feedbackHidden, SessionReport.Status status, BigDecimal overallScore,
                         Integer questionCount, String endedAs, Instant completedAt,
                         Instant reportedAt, long timeTakenMillis, List<SessionReport.TopicScore> topicScores,
                         List<SessionReport.KeyPointOfAnswer> strongestKeyPoints,
                         List<SessionReport.KeyPointOfAnswer> weakestKeyPoints, String reviewedBy,
                         Instant reviewedAt, List<AnswerView> answers) {

    /**
     * One scored answer, the question version it was scored against and the scorer that scored it.
     *
     * @param score      the newest machine score, kept whatever the reviews say
     * @param feedback   two or three sentences of feedback in words, built from the findings and flags
     * @param finalScore the score that counts: the newest review's, the machine's when there is none
     * @param reviewed   whether a person reviewed it (the candidate sees that, not who or why)
     * @param review     the newest review (final score, key point statuses, reason, reviewer, time); null when
     *                   none, and for the candidate
     * @param reviews    every review, oldest first; empty for the candidate
     */
    public record AnswerView(UUID answerId, int position, String questionId, int questionVersion, String topic,
                             long timeTakenMillis, Integer score, ScoredAnswer.Band band,
                             List<ScoredAnswer.Flag> flags,
                             List<ScoredAnswer.KeyPointFinding> keyPoints, List<String> feedback,
                             String scorerVersion, Instant scoredAt, List<SessionReport.EarlierScore> earlierScores,
                             Integer finalScore, boolean reviewed, AnswerReview.Revision review,
                             List<AnswerReview.Revision> reviews) {
    }

    /**
     * The report as the caller reads it.
     *
     * @param feedbackShown whether its scores and feedback are shown (not to the candidate of an assessment that
     *                      hides them)
     * @param withReviews   whether the reviews are shown (who reviewed, why); to the candidate they are not, who
     *                      sees the final scores and whether a person reviewed each answer
     */
    static ReportView of(SessionReport report, boolean feedbackShown, boolean withReviews) {
        AnswerReview.Revision latest = withReviews ? report.latestReview() : null;
        return new ReportView(report.sessionId(), report.candidateId(), report.role(), report.assessment(),
                !feedbackShown, report.status(), feedbackShown ? report.overallScore() : null,
                report.questionCount(), report.endedAs(), report.completedAt(), report.reportedAt(),
                report.timeTakenMillis(), shown(feedbackShown, report.topicScores()),
                shown(feedbackShown, report.strongestKeyPoints()), shown(feedbackShown, report.weakestKeyPoints()),
                latest == null ? null : latest.reviewerId(), latest == null ? null : latest.reviewedAt(),
                report.answers().stream()
                        .map(a -> new AnswerView(a.answerId(), a.position(), a.questionId(), a.questionVersion(),
                                a.topic(), a.timeTakenMillis(), feedbackShown ? a.score() : null,
                                feedbackShown ? a.band() : null, shown(feedbackShown, a.flags()),
                                shown(feedbackShown, a.keyPoints()), shown(feedbackShown, a.feedback()),
                                a.scorerVersion(), a.scoredAt(), shown(feedbackShown, a.earlierScores()),
                                feedbackShown ? a.finalScore() : null, feedbackShown && a.latestReview() != null,
                                withReviews ? a.latestReview() : null, withReviews ? a.reviews() : List.of()))
                        .toList());
    }

    private static <T> List<T> shown(boolean feedbackShown, List<T> items) {
        return feedbackShown ? items : List.of();
    }
}
