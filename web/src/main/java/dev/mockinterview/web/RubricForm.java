package dev.mockinterview.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rubric fields that question-service's question editor and scoring-service's rubric playground share, as a
 * plain form posts them: the prompt, the model answer, and key points as repeated fields (a text, a weight and
 * alternative phrasings one per line), in page order. Both forms use these names, so the editor's "Try in
 * playground" button posts its own form to the playground. The template {@code rubric-fields.html} renders them.
 *
 * <p>The values are kept as typed, so a form with errors shows the user's input again. Each service validates the
 * rubric with its own rules and reports errors by field name: {@code prompt}, {@code modelAnswer},
 * {@code keyPoints}, {@code keyPoints[1].weight} (see {@link #field(Path)}).
 */
public final class RubricForm {
    public static final String PROMPT = "prompt";
    public static final String MODEL_ANSWER = "modelAnswer";
    public static final String KEY_POINT = "keyPoint";
    public static final String WEIGHT = "weight";
    public static final String ALTERNATIVES = "alternatives";
    /** The button that adds an empty key point and shows the form again, without saving or scoring. */
    public static final String ADD_KEY_POINT = "addKeyPoint";
    /** The button that removes the key point whose index it carries, and shows the form again. */
    public static final String REMOVE_KEY_POINT = "removeKeyPoint";
    /** The error field of the key points as a whole (too few, too many). */
    public static final String KEY_POINTS = "keyPoints";

    private final String prompt;
    private final String modelAnswer;
    private final List<KeyPointRow> keyPoints;
    private final Map<String, String> errors;

    private RubricForm(String prompt, String modelAnswer, List<KeyPointRow> keyPoints, Map<String, String> errors) {
        this.prompt = prompt;
        this.modelAnswer = modelAnswer;
        this.errors = Map.copyOf(errors);
        List<KeyPointRow> rows = new ArrayList<>();
        for (KeyPointRow row : keyPoints) {
            int index = rows.size();
            rows.add(new KeyPointRow(index, row.text(), row.weight(), row.alternatives(),
                    this.errors.get(row(index, "text")), this.errors.get(row(index, WEIGHT)),
                    this.errors.get(row(index, ALTERNATIVES))));
        }
        this.keyPoints = List.copyOf(rows);
    }

    /** A rubric with these values and no errors; weights as they are to be shown, alternatives one a line. */
    public static RubricForm of(String prompt, String modelAnswer, List<KeyPointRow> keyPoints) {
        return new RubricForm(nullToEmpty(prompt), nullToEmpty(modelAnswer), keyPoints, Map.of());
    }

    /** An empty rubric with this many empty key points. */
    public static RubricForm empty(int keyPoints) {
        List<KeyPointRow> rows = new ArrayList<>();
        for (int i = 0; i < keyPoints; i++) {
            rows.add(KeyPointRow.of("", "", List.of()));
        }
        return of("", "", rows);
    }

    /**
     * The rubric a form posted, after the key point the user added or removed (a button that shows the form again
     * rather than submitting it). Missing repeated fields count as empty, so a tampered form cannot shift them.
     */
    public static RubricForm read(MultivaluedMap<String, String> form) {
        List<String> texts = values(form, KEY_POINT);
        List<String> weights = values(form, WEIGHT);
        List<String> alternatives = values(form, ALTERNATIVES);
        int count = Math.max(texts.size(), Math.max(weights.size(), alternatives.size()));
        List<KeyPointRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new KeyPointRow(i, at(texts, i), at(weights, i), at(alternatives, i), null, null, null));
        }
        String remove = form.getFirst(REMOVE_KEY_POINT);
        if (remove != null && remove.matches("\\d{1,3}") && Integer.parseInt(remove) < rows.size()) {
            rows.remove(Integer.parseInt(remove));
        }
        if (form.containsKey(ADD_KEY_POINT)) {
            rows.add(KeyPointRow.of("", "", List.of()));
        }
        return new RubricForm(nullToEmpty(form.getFirst(PROMPT)), nullToEmpty(form.getFirst(MODEL_ANSWER)), rows,
                Map.of());
    }

    /** Whether the form was posted by "Add key point" or "Remove": the user is still editing it. */
    public static boolean isKeyPointEdit(MultivaluedMap<String, String> form) {
        return form.containsKey(ADD_KEY_POINT) || form.containsKey(REMOVE_KEY_POINT);
    }

    /** The same values without the key points left wholly blank, which a rubric whose key points are optional skips. */
    public RubricForm withoutBlankKeyPoints() {
        return new RubricForm(prompt, modelAnswer, keyPoints.stream().filter(row -> !row.isBlank()).toList(), errors);
    }

    /** The same values with these errors, by field name. */
    public RubricForm withErrors(Map<String, String> fieldErrors) {
        return new RubricForm(prompt, modelAnswer, keyPoints, fieldErrors);
    }

    /**
     * The form field a constraint violation names. The rubric's fields are found at any depth
     * ({@code question.keyPoints[1].weight} is {@code keyPoints[1].weight}); an alternative phrasing names its key
     * point's alternatives field; any other field is named by its top-level property ({@code tags[2]} is
     * {@code tags}).
     */
    public static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        String topLevel = null;
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() != ElementKind.PROPERTY) {
                continue;
            }
            if (topLevel == null) {
                topLevel = node.getName();
            }
            if (PROMPT.equals(node.getName()) || MODEL_ANSWER.equals(node.getName())) {
                return node.getName();
            }
            if (KEY_POINTS.equals(node.getName())) {
                // A key point's own property carries the key point's index; a null key point is a list element.
                Path.Node next = i + 1 < nodes.size() ? nodes.get(i + 1) : null;
                return next != null && next.getKind() == ElementKind.PROPERTY && next.getIndex() != null
                        ? row(next.getIndex(), next.getName()) : KEY_POINTS;
            }
        }
        return topLevel == null ? "" : topLevel;
    }

    /** Errors by form field, the first message of each field, from constraint violations. */
    public static Map<String, String> errors(Iterable<? extends ConstraintViolation<?>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<?> violation : violations) {
            errors.putIfAbsent(field(violation.getPropertyPath()), violation.getMessage());
        }
        return errors;
    }

    /** The name of one key point's field in errors: {@code keyPoints[1].weight}. */
    public static String row(int index, String name) {
        return KEY_POINTS + "[" + index + "]." + name;
    }

    public String getPrompt() {
        return prompt;
    }

    public String getModelAnswer() {
        return modelAnswer;
    }

    public List<KeyPointRow> getKeyPoints() {
        return keyPoints;
    }

    public String getPromptError() {
        return errors.get(PROMPT);
    }

    public String getModelAnswerError() {
        return errors.get(MODEL_ANSWER);
    }

    public String getKeyPointsError() {
        return errors.get(KEY_POINTS);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The rubric's errors by field name. */
    public Map<String, String> errors() {
        return errors;
    }

    private static List<String> values(MultivaluedMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values;
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? nullToEmpty(values.get(index)) : "";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /**
     * One key point as typed, with its errors (null when none).
     *
     * @param index        its position in the form, from 0
     * @param weight       as typed: it may not be a number
     * @param alternatives alternative phrasings, one a line
     */
    public record KeyPointRow(int index, String text, String weight, String alternatives, String textError,
                              String weightError, String alternativesError) {

        /** A key point to show, without errors. */
        public static KeyPointRow of(String text, String weight, List<String> alternatives) {
            return new KeyPointRow(0, text, weight, String.join("\n", alternatives), null, null, null);
        }

        /** Its number as people count, from 1. */
        public int number() {
            return index + 1;
        }

        /** The alternative phrasings: one a line, trimmed, blank lines left out. */
        public List<String> alternativeList() {
            return Arrays.stream(alternatives.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                    .toList();
        }

        /** The weight, or null when what was typed is not a number. */
        public Double weightValue() {
            try {
                double value = Double.parseDouble(weight.strip());
                return Double.isFinite(value) ? value : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** Whether every field is empty: a row the user added and left blank. */
        public boolean isBlank() {
            return text.isBlank() && weight.isBlank() && alternatives.isBlank();
        }
    }
}
