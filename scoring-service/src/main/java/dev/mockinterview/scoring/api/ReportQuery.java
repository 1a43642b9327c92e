package dev.mockinterview.scoring.api;

import dev.mockinterview.contracts.refusal.Invalid;
import dev.mockinterview.scoring.domain.ReportFilter;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
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
import java.util.Set;
import java.util.UUID;

/**
 * The criteria and order of a list or export of completed reports; every criterion is optional. The API binds it from
 * the query string; the recruiters' pages make it with {@link #of} from their own form.
 */
public class ReportQuery {
    static final String UUID_PATTERN =
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

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
    /** Sessions taken for this assessment (its id). */
    @QueryParam("assessment")
    @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
    String assessment;
    /** {@code date} (completion) or {@code score}; ties go by session id. */
    @QueryParam("sort")
    @DefaultValue("date")
    @Pattern(regexp = "date|score")
    String sort;
    @QueryParam("order")
    @DefaultValue("desc")
    @Pattern(regexp = "asc|desc")
    String order;

    /** The criteria as the pages' form gives them, sort and order defaulting as in the API when null. */
    public static ReportQuery of(String role, String topic, BigDecimal minScore, BigDecimal maxScore,
                                 String completedFrom, String completedTo, String candidate, String assessment,
                                 String sort, String order) {
        ReportQuery query = new ReportQuery();
        query.role = role;
        query.topic = topic;
        query.minScore = minScore;
        query.maxScore = maxScore;
        query.completedFrom = completedFrom;
        query.completedTo = completedTo;
        query.candidate = candidate;
        query.assessment = assessment;
        query.sort = sort == null ? "date" : sort;
        query.order = order == null ? "desc" : order;
        return query;
    }

    /**
     * Checks each criterion on its own; {@link #filter()} then checks them together. Done by hand because the
     * framework does not cascade validation into a {@code @BeanParam}.
     *
     * @throws ConstraintViolationException naming the criteria at fault
     */
    public void validate(Validator validator) {
        Set<ConstraintViolation<ReportQuery>> violations = validator.validate(this);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /**
     * The criteria as a filter.
     *
     * @throws Invalid naming the criterion at fault when two contradict each other or a time is no instant
     */
    public ReportFilter filter() {
        if (minScore != null && maxScore != null && minScore.compareTo(maxScore) > 0) {
            throw invalid("minScore", "must not be greater than maxScore");
        }
        Instant from = instant("completedFrom", completedFrom);
        Instant to = instant("completedTo", completedTo);
        if (from != null && to != null && !from.isBefore(to)) {
            throw invalid("completedFrom", "must be before completedTo");
        }
        return new ReportFilter(role, topic, minScore, maxScore, from, to, candidate,
                assessment == null ? null : UUID.fromString(assessment));
    }

    public ReportFilter.Sort sort() {
        return ReportFilter.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
    }

    public boolean ascending() {
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

    private static Invalid invalid(String field, String message) {
        return new Invalid(field + " " + message, List.of(new Invalid.Field(field, message)));
    }
}
