package dev.mockinterview.session.pages;

import dev.mockinterview.contracts.Difficulty;
import dev.mockinterview.session.api.StartSessionRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The "Start an interview" form as the candidate filled it in, kept to show it again with what is wrong: a message
 * per field, and the problem the service found with an otherwise valid request.
 *
 * @param questionCount as typed, so that "many" comes back as "many"
 */
public record StartForm(String role, List<String> topics, String difficulty, String questionCount,
                        Map<String, String> errors, String problem) {
    /** The API's difficulties, in the order the form offers them. */
    public static final List<String> DIFFICULTIES = Difficulty.LABELS;
    // The API's own rules (StartSessionRequest) decide what is wrong; these say it to a person.
    private static final Map<String, String> MESSAGES = Map.of(
            "role", "Choose a role.",
            "questionCount", "Enter a whole number from 1 to 20.",
            "topics", "Choose at most 10 topics from the list.",
            "difficulty", "Choose a difficulty from the list.");

    public StartForm {
        topics = topics == null ? List.of() : List.copyOf(topics);
        errors = Map.copyOf(errors);
    }

    static StartForm blank() {
        return new StartForm(null, List.of(), null, "3", Map.of(), null);
    }

    /** The request the API would receive from this input: blanks are absent values, a count that is no number null. */
    StartSessionRequest request() {
        return new StartSessionRequest(blankToNull(role), count(), topics, blankToNull(difficulty));
    }

    /** The form with a message for each field that breaks the API's rules; none when the request is valid. */
    StartForm validated(Validator validator) {
        Map<String, String> found = new TreeMap<>();
        for (ConstraintViolation<StartSessionRequest> violation : validator.validate(request())) {
            String field = violation.getPropertyPath().iterator().next().getName();
            found.put(field, MESSAGES.getOrDefault(field, violation.getMessage()));
        }
        return new StartForm(role, topics, difficulty, questionCount, found, problem);
    }

    StartForm withProblem(String detail) {
        return new StartForm(role, topics, difficulty, questionCount, errors, detail);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The message for a field, or null when it is fine. */
    public String errorOf(String field) {
        return errors.get(field);
    }

    public boolean isRole(String candidate) {
        return Objects.equals(role, candidate);
    }

    public boolean hasTopic(String topic) {
        return topics.contains(topic);
    }

    public boolean isDifficulty(String candidate) {
        return Objects.equals(difficulty, candidate);
    }

    private Integer count() {
        try {
            return questionCount == null ? null : Integer.valueOf(questionCount.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
