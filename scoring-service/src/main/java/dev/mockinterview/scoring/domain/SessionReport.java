package dev.mockinterview.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A session's report as far as it goes: COMPLETE once the session has ended and every answer it lists is scored,
 * with the overall score from then on; PENDING before, with the answers scored so far. The figures (time taken,
 * score per topic, strongest and weakest key points) are over the answers in the report; scores are final scores (a
 * person's review where there is one, the newest machine score otherwise), key points the machine's findings.
 *
 * @param assessment   the assessment the session was taken for; null for the candidate's private practice
 * @param overallScore the mean of the final scores over the session's questions, unanswered ones counting 0, to one
 *                     decimal; null
 *                     while pending
 */
public record SessionReport(UUID sessionId, String candidateId, String role, Assessment assessment, Status status,
                            BigDecimal overallScore,
                            Integer questionCount, String endedAs, Instant completedAt, Instant reportedAt,
                            long timeTakenMillis, List<TopicScore> topicScores,
                            List<KeyPointOfAnswer> strongestKeyPoints, List<KeyPointOfAnswer> weakestKeyPoints,
                            List<ReportedAnswer> answers) {
    /** How many key points the strongest and the weakest lists hold at most. */
    public static final int KEY_POINTS_LISTED = 3;

    public enum Status { PENDING, COMPLETE }

    /**
     * The mean score of the session's answered questions of one topic, to one decimal. Unanswered questions count in
     * no topic: session-completed names the answers a session holds, not the questions it skipped.
     */
    public record TopicScore(String topic, BigDecimal score, int answers) {
    }

    /** A key point finding of one answer, for the report's strongest and weakest lists. */
    public record KeyPointOfAnswer(int position, String questionId, String text, ScoredAnswer.Coverage status,
                                   double similarity, String evidence) {
    }

    /**
     * One answer with its newest machine score, everything the scorer found in it, and the people's reviews of it.
     *
     * @param score         the newest machine score; {@link #finalScore()} is the one that counts
     * @param earlierScores the scores older scorer versions gave it, newest first
     * @param reviews       every review of its score, oldest first; the newest sets its final score
     */
    public record ReportedAnswer(UUID answerId, int position, String questionId, int questionVersion, String topic,
                                 long timeTakenMillis, int score, ScoredAnswer.Band band,
                                 List<ScoredAnswer.KeyPointFinding> keyPoints, List<ScoredAnswer.Flag> flags,
                                 String scorerVersion, Instant scoredAt, List<EarlierScore> earlierScores,
                                 List<AnswerReview.Revision> reviews) {

        /** Two or three sentences of feedback in words, from the findings and flags. */
        public List<String> feedback() {
            return WrittenFeedback.of(keyPoints, flags);
        }

        /** The newest review, null when nobody has reviewed it. */
        public AnswerReview.Revision latestReview() {
            return reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
        }

        /**
         * Each key point's status that counts, in the order of {@link #keyPoints()}: the newest review's, or the
         * machine's where no review gave the key point one (none, or one of an older machine score without it).
         */
        public List<ScoredAnswer.Coverage> finalStatuses() {
            AnswerReview.Revision latest = latestReview();
            return keyPoints.stream().map(finding -> latest == null ? finding.status() : latest.keyPoints().stream()
                    .filter(point -> point.text().equals(finding.text())).findFirst()
                    .map(AnswerReview.KeyPointReview::status).orElse(finding.status())).toList();
        }

        /** The score that counts: the newest review's, or the machine's when nobody has reviewed it. */
        public int finalScore() {
            return reviews.isEmpty() ? score : latestReview().score();
        }
    }

    /** A score an answer kept from an older scorer version after a rescore. */
    public record EarlierScore(String scorerVersion, int score, ScoredAnswer.Band band, Instant scoredAt) {
    }

    /** The report of a session from what scoring knows of it and its answers, in question order. */
    static SessionReport of(SessionProgress session, List<ReportedAnswer> answers) {
        return new SessionReport(session.sessionId, session.candidateId, session.role,
                session.assessment().orElse(null), session.isReported() ? Status.COMPLETE : Status.PENDING,
                session.overallScore, session.questionCount,
                session.endedAs, session.completedAt, session.reportedAt, timeTaken(answers), topicScores(answers),
                strongestKeyPoints(answers), weakestKeyPoints(answers), List.copyOf(answers));
    }

    /**
     * Whether a caller may read the report: its candidate, the recruiter who owns its assessment, and admins
     * ({@code admin}); practice has no owner, so no recruiter reads it. The API and the pages answer a report the
     * caller may not read as missing, so that its existence is not revealed.
     */
    public boolean isReadableBy(String subject, boolean admin) {
        return admin || candidateId.equals(subject) || isReviewableBy(subject, false);
    }

    /** Whether a caller may review its answers' scores: the owner of its assessment and admins; practice by nobody. */
    public boolean isReviewableBy(String subject, boolean admin) {
        return assessment != null && (admin || assessment.ownerId().equals(subject));
    }

    /**
     * Whether a reader of the report sees its scores and feedback: everyone who may read practice, and an
     * assessment's owner and admins always; its candidate only if the assessment shows feedback.
     */
    public boolean showsFeedbackTo(String subject, boolean admin) {
        return assessment == null || assessment.showsFeedback() || isReviewableBy(subject, admin);
    }

    /** The newest review of any of its answers (who reviewed the report last, and when); null when none is. */
    public AnswerReview.Revision latestReview() {
        return answers.stream().map(ReportedAnswer::latestReview).filter(Objects::nonNull)
                .max(Comparator.comparing(AnswerReview.Revision::reviewedAt)).orElse(null);
    }

    /** Whether it is practice: the candidate's own, private to them (and admins). */
    public boolean isPractice() {
        return assessment == null;
    }

    static BigDecimal overallScore(Collection<ReportedAnswer> listedAnswers, int questionCount) {
        int total = listedAnswers.stream().mapToInt(ReportedAnswer::finalScore).sum();
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(questionCount), 1, RoundingMode.HALF_UP);
    }

    static long timeTaken(List<ReportedAnswer> answers) {
        return answers.stream().mapToLong(ReportedAnswer::timeTakenMillis).sum();
    }

    /** Per topic, in topic order. */
    static List<TopicScore> topicScores(List<ReportedAnswer> answers) {
        Map<String, List<ReportedAnswer>> byTopic = answers.stream().filter(answer -> answer.topic() != null)
                .collect(Collectors.groupingBy(ReportedAnswer::topic, TreeMap::new, Collectors.toList()));
        return byTopic.entrySet().stream()
                .map(topic -> new TopicScore(topic.getKey(), overallScore(topic.getValue(), topic.getValue().size()),
                        topic.getValue().size()))
                .toList();
    }

    /** Covered key points, the most similar first. */
    static List<KeyPointOfAnswer> strongestKeyPoints(List<ReportedAnswer> answers) {
        return keyPoints(answers, finding -> finding.status() == ScoredAnswer.Coverage.COVERED,
                Comparator.comparingDouble(KeyPointOfAnswer::similarity).reversed());
    }

    /** Missing key points, then partial ones, the least similar first. */
    static List<KeyPointOfAnswer> weakestKeyPoints(List<ReportedAnswer> answers) {
        return keyPoints(answers, finding -> finding.status() != ScoredAnswer.Coverage.COVERED,
                Comparator.comparing((KeyPointOfAnswer point) -> point.status() == ScoredAnswer.Coverage.PARTIAL)
                        .thenComparingDouble(KeyPointOfAnswer::similarity));
    }

    // Ties keep question order and then rubric order (a stable sort), so the same scores give the same lists.
    private static List<KeyPointOfAnswer> keyPoints(List<ReportedAnswer> answers,
                                                    Predicate<ScoredAnswer.KeyPointFinding> which,
                                                    Comparator<KeyPointOfAnswer> order) {
        return answers.stream()
                .flatMap(answer -> answer.keyPoints().stream().filter(which)
                        .map(finding -> new KeyPointOfAnswer(answer.position(), answer.questionId(), finding.text(),
                                finding.status(), finding.similarity(), finding.evidence())))
                .sorted(order)
                .limit(KEY_POINTS_LISTED)
                .toList();
    }
}
