package dev.mockinterview.scoring.pages;

import dev.mockinterview.scoring.domain.ReportSummary;
import dev.mockinterview.scoring.domain.ScoredAnswer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the reports page shows: the filter form with what was typed, one page of reports, the sortable headers, the
 * pagination and the CSV links of the same filter.
 *
 * @param showing "Showing 1-20 of 57", or why nothing is shown
 */
public record ReportsTable(ReportsForm form, List<Option> roles, List<Option> topics, List<Option> assessments,
                           List<Row> rows,
                           String showing, String previousHref, String nextHref, SortHeader score, SortHeader date,
                           String csvHref, String answersCsvHref) {
    static final String PATH = "/recruiter/reports";

    /** A choice of a select list. */
    public record Option(String value, String label, boolean selected) {
    }

    /** What the filters offer: the roles and assessments of the reports the reader sees, and the topics. */
    record Choices(List<String> roles, List<String> topics, Map<UUID, String> assessments) {
    }

    /**
     * A column that sorts the table: its link sorts by it, the other way round when it already does.
     *
     * @param ariaSort "ascending" or "descending" for the column the table is sorted by, else null
     */
    public record SortHeader(String label, String href, String ariaSort) {
    }

    /**
     * One completed report.
     *
     * @param assessment the title of its assessment, or "Practice" (which only admins see listed)
     */
    public record Row(String sessionId, String candidate, String role, String assessment, String overallScore,
                      String band, String answered, String completedAt, String href) {
    }

    /** The form as typed, with its errors, and nothing listed. */
    static ReportsTable invalid(ReportsForm form, Choices choices) {
        return new ReportsTable(form, roles(form, choices), topics(form, choices), assessments(form, choices),
                List.of(), "", null, null, header(form, "Score", "score"), header(form, "Completed", "date"), null,
                null);
    }

    static ReportsTable of(ReportsForm form, Choices choices, ReportSummary.Page found) {
        int first = (form.pageNumber() - 1) * form.pageSize() + 1;
        int last = first + found.items().size() - 1;
        String showing = found.total() == 0 ? "No reports match."
                : found.items().isEmpty() ? "Page " + form.pageNumber() + " is past the last of " + found.total()
                + " reports."
                : "Showing " + first + "-" + last + " of " + found.total();
        String previous = form.pageNumber() > 1 && first - 1 <= found.total()
                ? href(PATH, form.queryString(Map.of("page", String.valueOf(form.pageNumber() - 1)))) : null;
        String next = (long) form.pageNumber() * form.pageSize() < found.total()
                ? href(PATH, form.queryString(Map.of("page", String.valueOf(form.pageNumber() + 1)))) : null;
        List<Row> rows = found.items().stream().map(ReportsTable::row).toList();
        return new ReportsTable(form, roles(form, choices), topics(form, choices), assessments(form, choices), rows,
                showing, previous, next,
                header(form, "Score", "score"), header(form, "Completed", "date"),
                href(PATH + ".csv", form.queryString(Map.of())),
                href(PATH + ".csv", form.queryString(Map.of("detail", "answers"))));
    }

    private static Row row(ReportSummary report) {
        ScoredAnswer.Band band = PageFormats.band(report.overallScore());
        return new Row(report.sessionId().toString(), report.candidateId(), report.role(),
                PageFormats.assessment(report.assessment()),
                PageFormats.score(report.overallScore()), PageFormats.word(band),
                report.answered() + " of " + report.questionCount(), PageFormats.time(report.completedAt()),
                PATH + "/" + report.sessionId());
    }

    // A column sorts descending first (best scores, newest reports); the sorted column's link reverses it.
    private static SortHeader header(ReportsForm form, String label, String column) {
        boolean sorted = form.sortedBy(column);
        String order = sorted && !form.ascending() ? "asc" : "desc";
        return new SortHeader(label, href(PATH, form.queryString(Map.of("sort", column, "order", order))),
                sorted ? (form.ascending() ? "ascending" : "descending") : null);
    }

    private static List<Option> roles(ReportsForm form, Choices choices) {
        return options(labelledByThemselves(choices.roles()), form.getRole(), "Any role");
    }

    private static List<Option> topics(ReportsForm form, Choices choices) {
        return options(labelledByThemselves(choices.topics()), form.getTopic(), "Any topic");
    }

    private static List<Option> assessments(ReportsForm form, Choices choices) {
        Map<String, String> labels = new LinkedHashMap<>();
        choices.assessments().forEach((id, title) -> labels.put(id.toString(), title));
        return options(labels, form.getAssessment(), "Any assessment");
    }

    private static Map<String, String> labelledByThemselves(List<String> values) {
        Map<String, String> labels = new LinkedHashMap<>();
        values.forEach(value -> labels.put(value, value));
        return labels;
    }

    // What was asked for stays a choice even when no report has it yet, so the form shows the filter in force.
    private static List<Option> options(Map<String, String> labels, String selected, String any) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", any, selected.isEmpty()));
        if (!selected.isEmpty() && !labels.containsKey(selected)) {
            options.add(new Option(selected, selected, true));
        }
        labels.forEach((value, label) -> options.add(new Option(value, label, value.equals(selected))));
        return options;
    }

    private static String href(String path, String query) {
        return query.isEmpty() ? path : path + "?" + query;
    }
}
