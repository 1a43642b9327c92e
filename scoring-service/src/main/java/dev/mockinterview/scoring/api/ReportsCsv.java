package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.Reports;
import dev.mockinterview.scoring.domain.ReportSummary;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.domain.SessionReport;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reports as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break). A cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}, so a
 * spreadsheet shows it as text instead of running it as a formula (candidate ids and answers are the candidate's
 * own text). The API and the recruiters' page both download through {@link #download}.
 */
public final class ReportsCsv {
    public static final String MEDIA_TYPE = "text/csv";
    private static final String[] SESSION_COLUMNS = {"session_id", "candidate_id", "role", "ended_as", "completed_at",
            "overall_score", "question_count", "answered", "time_taken_millis", "topic_scores"};
    private static final String[] ANSWER_COLUMNS = {"session_id", "candidate_id", "role", "completed_at",
            "overall_score", "position", "question_id", "question_version", "topic", "score", "band", "flags",
            "key_points_covered", "key_points_partial", "key_points_missing", "feedback", "scorer_version",
            "time_taken_millis", "answer"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final String FORMULA_TRIGGERS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private ReportsCsv() {
    }

    /**
     * Every completed report that matches a valid query, as an attachment: one row per session, or per answer (its
     * newest score and the answer's text).
     */
    public static Response download(Reports reports, ReportQuery query, boolean perAnswer) {
        StreamingOutput csv = perAnswer
                ? answers(reports.allAnswers(query.filter(), query.sort(), query.ascending()))
                : sessions(reports.all(query.filter(), query.sort(), query.ascending()));
        return Response.ok(csv, MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + (perAnswer ? "answers" : "reports")
                        + ".csv\"")
                .build();
    }

    private static StreamingOutput sessions(List<ReportSummary> reports) {
        return output -> write(output, SESSION_COLUMNS, printer -> {
            for (ReportSummary report : reports) {
                printer.printRecord(cells(report.sessionId(), report.candidateId(), report.role(), report.endedAs(),
                        report.completedAt(), report.overallScore(), report.questionCount(), report.answered(),
                        report.timeTakenMillis(), report.topicScores().stream()
                                .map(topic -> topic.topic() + "=" + topic.score())
                                .collect(Collectors.joining("; "))));
            }
        });
    }

    private static StreamingOutput answers(List<ReportSummary.AnswerRow> rows) {
        return output -> write(output, ANSWER_COLUMNS, printer -> {
            for (ReportSummary.AnswerRow row : rows) {
                ReportSummary report = row.session();
                SessionReport.ReportedAnswer answer = row.answer();
                printer.printRecord(cells(report.sessionId(), report.candidateId(), report.role(),
                        report.completedAt(), report.overallScore(), answer.position(), answer.questionId(),
                        answer.questionVersion(), answer.topic(), answer.score(), answer.band(),
                        answer.flags().stream().map(Enum::name).collect(Collectors.joining(";")),
                        count(answer, ScoredAnswer.Coverage.COVERED), count(answer, ScoredAnswer.Coverage.PARTIAL),
                        count(answer, ScoredAnswer.Coverage.MISSING), String.join(" ", answer.feedback()),
                        answer.scorerVersion(),
                        answer.timeTakenMillis(), row.text()));
            }
        });
    }

    /**
     * The cell as text, neutralised when a spreadsheet would take it for a formula: its first character, or its first
     * one after blanks (spreadsheets skip them), is a formula trigger, in its ASCII or full-width form (some
     * spreadsheets read "＝" as "="). Null is an empty cell.
     */
    static String cell(Object value) {
        String text = Objects.toString(value, "");
        String start = text.stripLeading();
        boolean trigger = !text.isEmpty() && (FORMULA_TRIGGERS.indexOf(text.charAt(0)) >= 0
                || !start.isEmpty() && FORMULA_TRIGGERS.indexOf(start.charAt(0)) >= 0);
        return trigger ? "'" + text : text;
    }

    private static Object[] cells(Object... values) {
        return Arrays.stream(values).map(ReportsCsv::cell).toArray();
    }

    private static long count(SessionReport.ReportedAnswer answer, ScoredAnswer.Coverage status) {
        return answer.keyPoints().stream().filter(point -> point.status() == status).count();
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static void write(OutputStream output, String[] header, Rows rows) throws IOException {
        Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord((Object[]) header);
        rows.print(printer);
        printer.flush();
    }
}
