package dev.mockinterview.scoring.pages;

import dev.mockinterview.scoring.domain.AnsweredQuestion;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.domain.SessionReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Two to four reports side by side: one column per candidate, the overall and topic scores first, then every key
 * point of every question version any of them answered, grouped by question version, with each candidate's status
 * ("not asked" where the candidate did not answer that version).
 */
public record KeyPointComparison(List<Column> columns, List<ScoreRow> scores, List<QuestionGroup> questions) {
    static final int MIN_REPORTS = 2;
    static final int MAX_REPORTS = 4;

    /** How many columns a row of the table has: the key point's and one per candidate. */
    public int span() {
        return columns.size() + 1;
    }

    /**
     * One candidate's report.
     *
     * @param assessment the title of the assessment the session was taken for, or "Practice"
     */
    public record Column(String candidate, String assessment, String completedAt, String reportHref) {
    }

    /** A score per column: "pending" before the report is complete, "none" for a topic the candidate had not. */
    public record ScoreRow(String label, List<String> cells) {
    }

    /** A question version that at least one candidate answered, and its key points. */
    public record QuestionGroup(String title, String versionHref, String prompt, List<KeyPointRow> keyPoints) {
    }

    public record KeyPointRow(String keyPoint, List<Cell> cells) {
    }

    /**
     * One candidate's finding on a key point.
     *
     * @param asked false when the candidate did not answer the question version; then the rest is empty
     */
    public record Cell(boolean asked, String status, String similarity) {
    }

    /** The comparison of the reports in the order given, with each report's answers and their questions. */
    static KeyPointComparison of(List<SessionReport> reports, Map<UUID, AnsweredQuestion> answered) {
        List<Column> columns = reports.stream().map(report -> new Column(report.candidateId(),
                PageFormats.assessment(report.assessment()), PageFormats.time(report.completedAt()),
                ReportsTable.PATH + "/" + report.sessionId())).toList();
        List<ScoreRow> scores = new ArrayList<>();
        scores.add(new ScoreRow("Overall score",
                reports.stream().map(report -> report.overallScore() == null ? "pending"
                        : PageFormats.score(report.overallScore())).toList()));
        Set<String> topics = new TreeSet<>();
        reports.forEach(report -> report.topicScores().forEach(topic -> topics.add(topic.topic())));
        for (String topic : topics) {
            scores.add(new ScoreRow("Topic: " + topic, reports.stream().map(report -> report.topicScores().stream()
                    .filter(score -> score.topic().equals(topic)).findFirst()
                    .map(score -> PageFormats.score(score.score())).orElse("none")).toList()));
        }
        return new KeyPointComparison(columns, scores, questions(reports, answered));
    }

    // Question versions in the order the candidates met them, first column first; key points in rubric order.
    private static List<QuestionGroup> questions(List<SessionReport> reports, Map<UUID, AnsweredQuestion> answered) {
        Map<String, SessionReport.ReportedAnswer> firstAnswers = new LinkedHashMap<>();
        Map<String, Set<String>> keyPoints = new LinkedHashMap<>();
        for (SessionReport report : reports) {
            for (SessionReport.ReportedAnswer answer : report.answers()) {
                String version = versionKey(answer);
                firstAnswers.putIfAbsent(version, answer);
                answer.keyPoints().forEach(point -> keyPoints.computeIfAbsent(version, key -> new LinkedHashSet<>())
                        .add(point.text()));
            }
        }
        List<QuestionGroup> groups = new ArrayList<>();
        firstAnswers.forEach((version, first) -> {
            List<KeyPointRow> rows = keyPoints.getOrDefault(version, Set.of()).stream()
                    .map(point -> new KeyPointRow(point, reports.stream()
                            .map(report -> cell(report, version, point)).toList()))
                    .toList();
            AnsweredQuestion question = answered.get(first.answerId());
            groups.add(new QuestionGroup(first.questionId() + ", version " + first.questionVersion(),
                    ReportDetail.versionHref(first.questionId(), first.questionVersion()),
                    question == null ? "" : Objects.requireNonNullElse(question.prompt(), ""), rows));
        });
        return groups;
    }

    private static Cell cell(SessionReport report, String version, String keyPoint) {
        return report.answers().stream()
                .filter(answer -> versionKey(answer).equals(version))
                .findFirst()
                .map(answer -> answer.keyPoints().stream()
                        .filter(point -> point.text().equals(keyPoint))
                        .findFirst()
                        .map(KeyPointComparison::asked)
                        .orElse(new Cell(true, "not scored", "")))
                .orElse(new Cell(false, "", ""));
    }

    private static Cell asked(ScoredAnswer.KeyPointFinding finding) {
        return new Cell(true, PageFormats.word(finding.status()), PageFormats.similarity(finding.similarity()));
    }

    private static String versionKey(SessionReport.ReportedAnswer answer) {
        return answer.questionId() + ":" + answer.questionVersion();
    }
}
