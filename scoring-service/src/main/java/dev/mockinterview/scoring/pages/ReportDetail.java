package dev.mockinterview.scoring.pages;

import dev.mockinterview.scoring.domain.AnsweredQuestion;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.domain.SessionReport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One report as the recruiter's report page shows it, down to each key point and the answer's sentence that earned
 * it.
 *
 * @param overallScore empty while the report is pending
 * @param band         of the overall score; empty while pending
 */
public record ReportDetail(String sessionId, String candidate, String role, String status, boolean complete,
                           String overallScore, String band, String questionCount, String endedAs,
                           String completedAt, String timeTaken, List<TopicRow> topics, List<KeyPointRow> strongest,
                           List<KeyPointRow> weakest, List<AnswerCard> answers) {

    public record TopicRow(String topic, String score, int answers) {
    }

    /** A key point of one answer, for the strongest and weakest lists. */
    public record KeyPointRow(int position, String questionId, String text, String status, String similarity,
                              String evidence) {
    }

    /** A key point's finding in an answer; the evidence is empty when the point is missing. */
    public record Finding(String text, String weight, String status, String similarity, String evidence) {
    }

    /** A score an older scorer version gave the answer. */
    public record EarlierScore(String scorerVersion, int score, String band, String scoredAt) {
    }

    /**
     * One answer and its newest score.
     *
     * @param prompt   empty when scoring has not heard of the question version
     * @param feedback two or three sentences of feedback in words
     */
    public record AnswerCard(int position, String questionId, int questionVersion, String versionHref, String topic,
                             String prompt, int score, String band, String timeTaken, List<String> feedback,
                             List<String> flags,
                             String scorerVersion, String scoredAt, List<Finding> keyPoints,
                             AnswerWithEvidence answer, List<EarlierScore> earlierScores) {
    }

    static ReportDetail of(SessionReport report, Map<UUID, AnsweredQuestion> answered) {
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
                report.answers().stream().map(answer -> card(answer, answered.get(answer.answerId()))).toList());
    }

    /** Where the scores of everyone who answered the question version are. */
    static String versionHref(String questionId, int version) {
        return "/recruiter/questions/" + questionId + "/versions/" + version;
    }

    private static KeyPointRow keyPointRow(SessionReport.KeyPointOfAnswer point) {
        return new KeyPointRow(point.position(), point.questionId(), point.text(), PageFormats.word(point.status()),
                PageFormats.similarity(point.similarity()), Objects.requireNonNullElse(point.evidence(), ""));
    }

    private static AnswerCard card(SessionReport.ReportedAnswer answer, AnsweredQuestion question) {
        String text = question == null ? "" : question.text();
        String prompt = question == null || question.prompt() == null ? "" : question.prompt();
        return new AnswerCard(answer.position(), answer.questionId(), answer.questionVersion(),
                versionHref(answer.questionId(), answer.questionVersion()),
                Objects.requireNonNullElse(answer.topic(), ""), prompt, answer.score(),
                PageFormats.word(answer.band()), PageFormats.duration(answer.timeTakenMillis()), answer.feedback(),
                answer.flags().stream().map(PageFormats::word).toList(), answer.scorerVersion(),
                PageFormats.time(answer.scoredAt()),
                answer.keyPoints().stream().map(ReportDetail::finding).toList(),
                AnswerWithEvidence.of(text, answer.keyPoints().stream()
                        .map(ScoredAnswer.KeyPointFinding::evidence).toList()),
                answer.earlierScores().stream().map(earlier -> new EarlierScore(earlier.scorerVersion(),
                        earlier.score(), PageFormats.word(earlier.band()), PageFormats.time(earlier.scoredAt())))
                        .toList());
    }

    private static Finding finding(ScoredAnswer.KeyPointFinding finding) {
        return new Finding(finding.text(), BigDecimal.valueOf(finding.weight()).stripTrailingZeros().toPlainString(),
                PageFormats.word(finding.status()), PageFormats.similarity(finding.similarity()),
                Objects.requireNonNullElse(finding.evidence(), ""));
    }
}
