package dev.mockinterview.scoring.pages;

import dev.mockinterview.contracts.refusal.Invalid;
import dev.mockinterview.scoring.api.ReportQuery;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.QueryParam;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reports page's query string: the filter form's fields as typed, the order, and the place in the list. The
 * filter becomes the API's {@link ReportQuery} and is checked by its rules, so the page, its CSV links and
 * {@code GET /api/v1/reports} agree on what matches. Dates are whole days in UTC: "Completed to" includes its day.
 */
public class ReportsForm {
    static final int DEFAULT_SIZE = 20;
    private static final int MAX_PAGE = 100_000;
    private static final int MAX_SIZE = 100;
    // The API's names for the criteria, as the page labels them (its messages name other criteria too).
    private static final Map<String, String> LABELS = labels();

    @QueryParam("role")
    String role;
    @QueryParam("topic")
    String topic;
    @QueryParam("minScore")
    String minScore;
    @QueryParam("maxScore")
    String maxScore;
    @QueryParam("completedFrom")
    String completedFrom;
    @QueryParam("completedTo")
    String completedTo;
    @QueryParam("candidate")
    String candidate;
    /** An assessment's id; session-service's recruiter pages link here with it. */
    @QueryParam("assessment")
    String assessment;
    @QueryParam("sort")
    String sort;
    @QueryParam("order")
    String order;
    /** Counts from 1. */
    @QueryParam("page")
    String page;
    @QueryParam("size")
    String size;

    private final Map<String, String> errors = new LinkedHashMap<>();
    private int pageNumber = 1;
    private int pageSize = DEFAULT_SIZE;

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("role", "Role");
        labels.put("topic", "Topic");
        labels.put("minScore", "Minimum score");
        labels.put("maxScore", "Maximum score");
        labels.put("completedFrom", "Completed from");
        labels.put("completedTo", "Completed to");
        labels.put("candidate", "Candidate");
        labels.put("assessment", "Assessment");
        labels.put("sort", "Sort");
        labels.put("order", "Order");
        labels.put("page", "Page");
        labels.put("size", "Page size");
        return labels;
    }

    /**
     * The filter as the API's query, checked by the API's rules; empty when a field is at fault, and then
     * {@link #errorOf} says what is wrong with each.
     */
    Optional<ReportQuery> query(Validator validator) {
        pageNumber = number("page", page, 1, MAX_PAGE, 1);
        pageSize = number("size", size, 1, MAX_SIZE, DEFAULT_SIZE);
        ReportQuery query = ReportQuery.of(blankToNull(role), blankToNull(topic), decimal("minScore", minScore),
                decimal("maxScore", maxScore), startOfDay("completedFrom", completedFrom, 0),
                startOfDay("completedTo", completedTo, 1), blankToNull(candidate), blankToNull(assessment),
                blankToNull(sort), blankToNull(order));
        if (errors.isEmpty()) {
            try {
                query.validate(validator);
                query.filter();
            } catch (ConstraintViolationException e) {
                for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                    error(violation.getPropertyPath().toString(), violation.getMessage());
                }
            } catch (Invalid e) {
                for (Invalid.Field field : e.fields()) {
                    error(field.name(), field.message());
                }
            }
        }
        return errors.isEmpty() ? Optional.of(query) : Optional.empty();
    }

    /** What is wrong with a field, as a sentence that names it; null when nothing is. */
    public String errorOf(String field) {
        return errors.get(field);
    }

    public List<String> errors() {
        return List.copyOf(errors.values());
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String getRole() {
        return valueOf(role);
    }

    public String getTopic() {
        return valueOf(topic);
    }

    public String getMinScore() {
        return valueOf(minScore);
    }

    public String getMaxScore() {
        return valueOf(maxScore);
    }

    public String getCompletedFrom() {
        return valueOf(completedFrom);
    }

    public String getCompletedTo() {
        return valueOf(completedTo);
    }

    public String getCandidate() {
        return valueOf(candidate);
    }

    public String getAssessment() {
        return valueOf(assessment);
    }

    int pageNumber() {
        return pageNumber;
    }

    int pageSize() {
        return pageSize;
    }

    boolean sortedBy(String column) {
        return column.equals(blankToNull(sort) == null ? "date" : sort);
    }

    boolean ascending() {
        return "asc".equals(order);
    }

    /**
     * The query string of this filter with some parameters replaced or added (a null value leaves one out), for the
     * page's links; the place in the list is left out unless given.
     */
    String queryString(Map<String, String> changes) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("role", role);
        parameters.put("topic", topic);
        parameters.put("minScore", minScore);
        parameters.put("maxScore", maxScore);
        parameters.put("completedFrom", completedFrom);
        parameters.put("completedTo", completedTo);
        parameters.put("candidate", candidate);
        parameters.put("assessment", assessment);
        parameters.put("sort", sort);
        parameters.put("order", order);
        parameters.put("size", size);
        parameters.putAll(changes);
        return parameters.entrySet().stream()
                .filter(parameter -> blankToNull(parameter.getValue()) != null)
                .map(parameter -> parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(),
                        StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private void error(String field, String message) {
        String sentence = message;
        for (Map.Entry<String, String> label : LABELS.entrySet()) {
            // Only the camel-case names: plain words such as "size" also occur in the validator's own messages.
            if (!label.getKey().equals(label.getKey().toLowerCase(Locale.ROOT))) {
                sentence = sentence.replace(label.getKey(), label.getValue());
            }
        }
        errors.putIfAbsent(field, LABELS.getOrDefault(field, field) + " " + sentence + ".");
    }

    private int number(String field, String value, int min, int max, int absent) {
        if (blankToNull(value) == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // told below, as for a number out of range
        }
        error(field, "must be a whole number from " + min + " to " + max);
        return absent;
    }

    private BigDecimal decimal(String field, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            error(field, "must be a number from 0 to 100");
            return null;
        }
    }

    // The API takes instants: a day starts at midnight UTC, and "to" is exclusive, so it becomes the next midnight.
    private String startOfDay(String field, String value, int daysLater) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(daysLater).atStartOfDay(ZoneOffset.UTC).toInstant()
                    .toString();
        } catch (DateTimeParseException e) {
            error(field, "must be a date such as 2026-11-28");
            return null;
        }
    }

    private static String valueOf(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
