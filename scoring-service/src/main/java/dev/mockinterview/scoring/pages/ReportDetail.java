package dev.mockinterview.scoring.pages;

import dev.mockinterview.scoring.domain.AnswerReview;
import dev.mockinterview.scoring.domain.AnsweredQuestion;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.domain.SessionReport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One report as the recruiter's report page shows it, down to each key point and the answer's sentence that earned
 * it.
 *
 * @param overallScore empty while the report is pending
 * @param band         of the overall score; empty while pending
 * @param reviewedBy   who reviewed an answer last; empty when nobody has
 * @param reviewedAt   when; empty when nobody has
 */
public record ReportDetail(String sessionId, String candidate, String role, String status, boolean complete,
                           String overallScore, String band, String questionCount, String endedAs,
                           String completedAt, String timeTaken, List<TopicRow> topics, List<KeyPointRow> strongest,
                           List<KeyPointRow> weakest, String reviewedBy, String reviewedAt,
                           List<AnswerCard> answers) {

    public record TopicRow(String topic, String score, int answers) {
    }

    /** A key point of one answer, for the strongest and weakest lists. */
    public record KeyPointRow(int position, String questionId, String text, String status, String similarity,
                              String evidence) {
    }

    /**
     * A key point's finding in an answer; the evidence is empty when the point is missing.
     *
     * @param reviewedStatus the status that counts after the answer's reviews; empty when it is not reviewed
     */
    public record Finding(String text, String weight, String status, String similarity, String evidence,
                          String reviewedStatus) {
    }

    /**
     * One review of the answer's score.
     *
     * @param changes the key points whose status it changed: "text: partial to covered"
     */
    public record ReviewRow(int revision, int previousScore, int score, String reviewer, String reviewedAt,
                            String reason, int machineScore, String scorerVersion, List<String> changes) {
    }

    /** A score an older scorer version gave the answer. */
    public record EarlierScore(String scorerVersion, int score, String band, String scoredAt) {
    }

    /**
     * One answer, its newest machine score and its reviews.
     *
     * @param prompt   empty when scoring has not heard of the question version
     * @param score    the newest machine score
     * @param feedback two or three sentences of feedback in words
     * @param review   the newest review, null when none
     * @param reviews  every review, oldest first
     * @param form     the review form, null when the viewer may not review the report
     */
    public record AnswerCard(int position, String questionId, int questionVersion, String versionHref, String topic,
                             String prompt, int score, String band, String timeTaken, List<String> feedback,
                             List<String> flags,
                             String scorerVersion, String scoredAt, List<Finding> keyPoints,
                             AnswerWithEvidence answer, List<EarlierScore> earlierScores, int finalScore,
                             String finalBand, ReviewRow review, List<ReviewRow> reviews, ReviewForm form) {
    }

    /**
     * @param forms the review form of an answer, null for none (the viewer may not review the report)
     */
    static ReportDetail of(SessionReport report, Map<UUID, AnsweredQuestion> answered,
                           Function<SessionReport.ReportedAnswer, ReviewForm> forms) {
        AnswerReview.Revision latest = report.latestReview();
        boolean complete = report.status() == SessionReport.Status.COMPLETE;
        return new ReportDetail(report.sessionId().toString(), report.candidateId(),
                Objects.requireNonNullElse(report.role(), ""), PageFormats.word(report.status()), complete,
                PageFormats.score(report.overallScore()),
                report.overallScore() == null ? "" : PageFormats.word(PageFormats.band(report.overallScore())),
                report.questionCount() == null ? "" : String.valueOf(report.questionCount()),
                Objects.requireNonNullElse(report.endedAs(), ""), PageFormats.time(report.completedAt()),
                PageFormats.duration(report.timeTakenMillis()),
                report.topicScores().stream().map(topic -> new TopicRow(topic.topic(),
                        PageFormats.score(topic.score()), topic.answers())).toList(),
                report.strongestKeyPoints().stream().map(ReportDetail::keyPointRow).toList(),
                report.weakestKeyPoints().stream().map(ReportDetail::keyPointRow).toList(),
                latest == null ? "" : latest.reviewerId(), latest == null ? "" : PageFormats.time(latest.reviewedAt()),
                report.answers().stream().map(answer -> card(answer, answered.get(answer.answerId()),
                        forms.apply(answer))).toList());
    }

    /** Where the scores of everyone who answered the question version are. */
    static String versionHref(String questionId, int version) {
        return "/recruiter/questions/" + questionId + "/versions/" + version;
    }

    private static KeyPointRow keyPointRow(SessionReport.KeyPointOfAnswer point) {
        return new KeyPointRow(point.position(), point.questionId(), point.text(), PageFormats.word(point.status()),
                PageFormats.similarity(point.similarity()), Objects.requireNonNullElse(point.evidence(), ""));
    }

    private static AnswerCard card(SessionReport.ReportedAnswer answer, AnsweredQuestion question,
                                   ReviewForm form) {
        List<ScoredAnswer.Coverage> reviewed = answer.reviews().isEmpty() ? null : answer.finalStatuses();
        List<ReviewRow> reviews = answer.reviews().stream().map(ReportDetail::reviewRow).toList();
        String text = question == null ? "" : question.text();
        String prompt = question == null || question.prompt() == null ? "" : question.prompt();
        return new AnswerCard(answer.position(), answer.questionId(), answer.questionVersion(),
                versionHref(answer.questionId(), answer.questionVersion()),
                Objects.requireNonNullElse(answer.topic(), ""), prompt, answer.score(),
                PageFormats.word(answer.band()), PageFormats.duration(answer.timeTakenMillis()), answer.feedback(),
                answer.flags().stream().map(PageFormats::word).toList(), answer.scorerVersion(),
                PageFormats.time(answer.scoredAt()),
                IntStream.range(0, answer.keyPoints().size()).mapToObj(i -> finding(answer.keyPoints().get(i),
                        reviewed == null ? "" : PageFormats.word(reviewed.get(i)))).toList(),
                AnswerWithEvidence.of(text, answer.keyPoints().stream()
                        .map(ScoredAnswer.KeyPointFinding::evidence).toList()),
                answer.earlierScores().stream().map(earlier -> new EarlierScore(earlier.scorerVersion(),
                        earlier.score(), PageFormats.word(earlier.band()), PageFormats.time(earlier.scoredAt())))
                        .toList(),
                answer.finalScore(), PageFormats.word(ScoredAnswer.Band.of(answer.finalScore())),
                reviews.isEmpty() ? null : reviews.get(reviews.size() - 1), reviews, form);
    }

    private static Finding finding(ScoredAnswer.KeyPointFinding finding, String reviewedStatus) {
        return new Finding(finding.text(), BigDecimal.valueOf(finding.weight()).stripTrailingZeros().toPlainString(),
                PageFormats.word(finding.status()), PageFormats.similarity(finding.similarity()),
                Objects.requireNonNullElse(finding.evidence(), ""), reviewedStatus);
    }

    private static ReviewRow reviewRow(AnswerReview.Revision review) {
        return new ReviewRow(review.revision(), review.previousScore(), review.score(), review.reviewerId(),
                PageFormats.time(review.reviewedAt()), review.reason(), review.machineScore(), review.scorerVersion(),
                review.keyPoints().stream().filter(point -> point.status() != point.previousStatus())
                        .map(point -> point.text() + ": " + PageFormats.word(point.previousStatus()) + " to "
                                + PageFormats.word(point.status()))
                        .toList());
    }
}
