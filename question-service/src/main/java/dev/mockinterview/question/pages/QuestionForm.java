package dev.mockinterview.question.pages;

import dev.mockinterview.question.domain.KeyPoint;
import dev.mockinterview.question.domain.NewQuestion;
import dev.mockinterview.question.domain.QuestionContent;
import dev.mockinterview.question.domain.QuestionSnapshot;
import dev.mockinterview.web.RubricForm;
import jakarta.ws.rs.core.MultivaluedMap;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The question editor's form as typed: where a new question sits (id, role, topic, difficulty, tags, time limit),
 * its rationale, its rubric, and the revision of the question the form was loaded at, which a save must still
 * match. Errors are by field name, as the API's violations name them.
 */
public record QuestionForm(String id, String role, String topic, String difficulty, String tags,
                           String timeLimitSeconds, String rationale, String revision, RubricForm rubric,
                           Map<String, String> errors) {
    static final String REVISION = "revision";

    /** An empty form for a new question, with room for three key points (the fewest a question has). */
    static QuestionForm blank() {
        return new QuestionForm("", "", "", "mid", "", "300", "", "", RubricForm.empty(3), Map.of());
    }

    /** A form holding a version's content, to be saved as the next version of its question. */
    static QuestionForm of(QuestionSnapshot question) {
        RubricForm rubric = RubricForm.of(question.prompt(), question.modelAnswer(), question.keyPoints().stream()
                .map(point -> RubricForm.KeyPointRow.of(point.text(),
                        BigDecimal.valueOf(point.weight()).stripTrailingZeros().toPlainString(), point.alternatives()))
                .toList());
        return new QuestionForm(question.id(), question.role(), question.topic(), question.difficulty(),
                String.join(", ", question.tags()), Integer.toString(question.timeLimitSeconds()),
                question.rationale() == null ? "" : question.rationale(), Long.toString(question.revision()), rubric,
                Map.of());
    }

    static QuestionForm read(MultivaluedMap<String, String> form) {
        return new QuestionForm(value(form, "id"), value(form, "role"), value(form, "topic"),
                value(form, "difficulty"), value(form, "tags"), value(form, "timeLimitSeconds"),
                value(form, "rationale"), value(form, REVISION), RubricForm.read(form), Map.of());
    }

    /** The same input with these errors; the rubric's own fields show theirs next to them. */
    QuestionForm withErrors(Map<String, String> fieldErrors) {
        return new QuestionForm(id, role, topic, difficulty, tags, timeLimitSeconds, rationale, revision,
                rubric.withErrors(fieldErrors), Map.copyOf(fieldErrors));
    }

    /** The message for a field, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    /** The version's content as typed; a weight that is not a number counts as 0 and is reported by the caller. */
    QuestionContent content() {
        return new QuestionContent(rubric.getPrompt(), rationale.isBlank() ? null : rationale,
                rubric.getModelAnswer(), rubric.getKeyPoints().stream()
                .map(row -> new KeyPoint(row.text(), row.weightValue() == null ? 0 : row.weightValue(),
                        row.alternativeList()))
                .toList());
    }

    /** A new question as typed; a time limit that is not a whole number counts as 0, below the least allowed. */
    NewQuestion newQuestion() {
        QuestionContent content = content();
        int limit;
        try {
            limit = Integer.parseInt(timeLimitSeconds.strip());
        } catch (NumberFormatException e) {
            limit = 0;
        }
        return new NewQuestion(id.strip(), role.strip(), topic.strip(), difficulty, tagList(), limit,
                content.prompt(), content.rationale(), content.modelAnswer(), content.keyPoints());
    }

    /** Fields whose text could not be read as a number, with their message; validation says the rest. */
    Map<String, String> numberErrors(boolean withTimeLimit) {
        Map<String, String> errors = new HashMap<>();
        for (RubricForm.KeyPointRow row : rubric.getKeyPoints()) {
            if (row.weightValue() == null) {
                errors.put(RubricForm.row(row.index(), RubricForm.WEIGHT), "must be a number");
            }
        }
        if (withTimeLimit && !timeLimitSeconds.strip().matches("\\d{1,9}")) {
            errors.put("timeLimitSeconds", "must be a whole number of seconds");
        }
        return errors;
    }

    private List<String> tagList() {
        return Arrays.stream(tags.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }
}
