package dev.mockinterview.scoring.api;

import dev.mockinterview.contracts.problem.Problem;
import dev.mockinterview.contracts.problem.ProblemException;
import dev.mockinterview.scoring.domain.ReportFilter;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** The criteria and order of a list or export of completed reports; every criterion is optional. */
public class ReportQuery {
    @QueryParam("role")
    @Size(max = 100)
    String role;
    /** Sessions with at least one answer to a question of this topic. */
    @QueryParam("topic")
    @Size(max = 100)
    String topic;
    @QueryParam("minScore")
    @DecimalMin("0")
    @DecimalMax("100")
    BigDecimal minScore;
    @QueryParam("maxScore")
    @DecimalMin("0")
    @DecimalMax("100")
    BigDecimal maxScore;
    /** Inclusive, an ISO-8601 instant such as 2026-11-28T00:00:00Z. */
    @QueryParam("completedFrom")
    @Size(max = 40)
    String completedFrom;
    /** Exclusive. */
    @QueryParam("completedTo")
    @Size(max = 40)
    String completedTo;
    @QueryParam("candidate")
    @Size(max = 200)
    String candidate;
    /** {@code date} (completion) or {@code score}; ties go by session id. */
    @QueryParam("sort")
    @DefaultValue("date")
    @Pattern(regexp = "date|score")
    String sort;
    @QueryParam("order")
    @DefaultValue("desc")
    @Pattern(regexp = "asc|desc")
    String order;

    ReportFilter filter() {
        if (minScore != null && maxScore != null && minScore.compareTo(maxScore) > 0) {
            throw invalid("minScore", "must not be greater than maxScore");
        }
        Instant from = instant("completedFrom", completedFrom);
        Instant to = instant("completedTo", completedTo);
        if (from != null && to != null && !from.isBefore(to)) {
            throw invalid("completedFrom", "must be before completedTo");
        }
        return new ReportFilter(role, topic, minScore, maxScore, from, to, candidate);
    }

    ReportFilter.Sort sort() {
        return ReportFilter.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
    }

    boolean ascending() {
        return "asc".equals(order);
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be an ISO-8601 instant such as 2026-11-28T09:00:00Z");
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.invalid(field + " " + message,
                List.of(new Problem.Violation(field, message))));
    }
}
