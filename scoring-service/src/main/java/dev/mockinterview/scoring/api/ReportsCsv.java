package dev.mockinterview.scoring.api;

import dev.mockinterview.contracts.problem.Problem;
import dev.mockinterview.contracts.problem.ProblemException;
import dev.mockinterview.scoring.config.ExportConfig;
import dev.mockinterview.scoring.domain.Reader;
import dev.mockinterview.scoring.domain.Reports;
import dev.mockinterview.scoring.domain.ReportSummary;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.domain.SessionReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reports as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break). A cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}, so a
 * spreadsheet shows it as text instead of running it as a formula (candidate ids and answers are the candidate's
 * own text). The API and the recruiters' page both download through {@link #download}.
 * <p>
 * Rows are written as the database returns them, never gathered first. An export holds at most
 * {@code scoring.export.max-rows} rows: a filter that matches more is refused with 422 before any row is written,
 * rather than cut short without the recruiter noticing.
 */
@ApplicationScoped
public class ReportsCsv {
    public static final String MEDIA_TYPE = "text/csv";
    private static final String[] SESSION_COLUMNS = {"session_id", "candidate_id", "role", "assessment_id",
            "assessment_title", "ended_as", "completed_at", "overall_score", "question_count", "answered",
            "time_taken_millis", "topic_scores"};
    private static final String[] ANSWER_COLUMNS = {"session_id", "candidate_id", "role", "assessment_id",
            "assessment_title", "completed_at",
            "overall_score", "position", "question_id", "question_version", "topic", "score", "band", "final_score",
            "reviewed", "flags",
            "key_points_covered", "key_points_partial", "key_points_missing", "feedback", "scorer_version",
            "time_taken_millis", "answer"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final String FORMULA_TRIGGERS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private final Reports reports;
    private final int maxRows;

    ReportsCsv(Reports reports, ExportConfig config) {
        this.reports = reports;
        this.maxRows = config.maxRows();
    }

    /**
     * Every completed report the reader sees that matches a valid query, as an attachment: one row per session, or
     * per answer (its newest score and the answer's text).
     */
    public Response download(Reader reader, ReportQuery query, boolean perAnswer) {
        long matching = reports.exportSize(reader, query.filter(), perAnswer);
        if (matching > maxRows) {
            throw new ProblemException(Problem.ofType("export-too-large", 422, "Export too large",
                    "The filter matches " + matching + " rows; an export holds at most " + maxRows
                            + ". Narrow it (a role, a candidate, completion dates) and export in parts."));
        }
        // The cap again: rows reported after the count are left out rather than exceed it.
        StreamingOutput csv = perAnswer
                ? output -> write(output, ANSWER_COLUMNS, printer -> reports.eachAnswer(reader, query.filter(),
                        query.sort(), query.ascending(), maxRows, row -> print(printer, answerCells(row))))
                : output -> write(output, SESSION_COLUMNS, printer -> reports.eachReport(reader, query.filter(),
                        query.sort(), query.ascending(), maxRows, report -> print(printer, sessionCells(report))));
        return Response.ok(csv, MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + (perAnswer ? "answers" : "reports")
                        + ".csv\"")
                .build();
    }

    private static Object[] sessionCells(ReportSummary report) {
        return cells(report.sessionId(), report.candidateId(), report.role(), assessmentId(report),
                assessmentTitle(report), report.endedAs(), report.completedAt(), report.overallScore(),
                report.questionCount(), report.answered(), report.timeTakenMillis(),
                report.topicScores().stream()
                        .map(topic -> topic.topic() + "=" + topic.score())
                        .collect(Collectors.joining("; ")));
    }

    private static Object[] answerCells(ReportSummary.AnswerRow row) {
        ReportSummary report = row.session();
        SessionReport.ReportedAnswer answer = row.answer();
        return cells(report.sessionId(), report.candidateId(), report.role(), assessmentId(report),
                assessmentTitle(report), report.completedAt(), report.overallScore(), answer.position(),
                answer.questionId(), answer.questionVersion(), answer.topic(), answer.score(), answer.band(),
                answer.finalScore(), !answer.reviews().isEmpty(), answer.flags().stream().map(Enum::name).collect(Collectors.joining(";")),
                count(answer, ScoredAnswer.Coverage.COVERED), count(answer, ScoredAnswer.Coverage.PARTIAL),
                count(answer, ScoredAnswer.Coverage.MISSING), String.join(" ", answer.feedback()),
                answer.scorerVersion(),
                answer.timeTakenMillis(), row.text());
    }

    // Practice has no assessment: both cells are empty.
    private static Object assessmentId(ReportSummary report) {
        return report.assessment() == null ? null : report.assessment().assessmentId();
    }

    private static Object assessmentTitle(ReportSummary report) {
        return report.assessment() == null ? null : report.assessment().title();
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

    // By final status: a reviewer's where they changed it.
    private static long count(SessionReport.ReportedAnswer answer, ScoredAnswer.Coverage status) {
        return answer.finalStatuses().stream().filter(status::equals).count();
    }

    // The rows are printed from inside the database's stream, which takes no IOException.
    private static void print(CSVPrinter printer, Object[] cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream output, String[] header, Consumer<CSVPrinter> rows) throws IOException {
        Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord((Object[]) header);
        try {
            rows.accept(printer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }
}
