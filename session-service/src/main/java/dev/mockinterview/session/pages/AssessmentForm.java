package dev.mockinterview.session.pages;

import dev.mockinterview.contracts.Difficulty;
import dev.mockinterview.contracts.refusal.Invalid;
import dev.mockinterview.session.api.AssessmentRequest;
import dev.mockinterview.session.domain.AssessmentSnapshot;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The assessment form as the recruiter filled it in, kept to show it again with a message per field at fault and
 * the problem the service found with an otherwise valid request. Times are typed in UTC ({@code datetime-local}).
 *
 * @param questions  {@code list} for the question ids typed one a line, {@code rules} for a draw
 * @param timeLimit  seconds for every question, blank for each question's own
 */
public record AssessmentForm(String title, String role, String questions, String questionIds, List<String> topics,
                             String difficulty, String count, String timeLimit, String opensAt, String closesAt,
                             boolean showsFeedback, Map<String, String> errors, String problem) {
    public static final List<String> DIFFICULTIES = Difficulty.LABELS;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    // The API's own rules (AssessmentRequest) decide what is wrong; these say it to a person.
    private static final Map<String, String> MESSAGES = Map.of(
            "title", "Enter a title of at most 200 characters.",
            "role", "Choose a role.",
            "questionIds", "Enter from 1 to 20 question ids, one a line.",
            "count", "Enter a whole number of questions from 1 to 20.",
            "topics", "Choose at most 10 topics from the list.",
            "difficulty", "Choose a difficulty from the list.",
            "timeLimitSeconds", "Enter whole seconds from 30 to 3600, or leave it blank.",
            "opensAt", "Enter the opening time, now or later.",
            "closesAt", "Enter a closing time after the opening time.");

    public AssessmentForm {
        topics = topics == null ? List.of() : List.copyOf(topics);
        errors = Map.copyOf(errors);
    }

    // Opening in a few minutes leaves time to fill the form in; a past opening time is refused.
    static AssessmentForm blank() {
        Instant opens = Instant.now().plus(5, ChronoUnit.MINUTES);
        return new AssessmentForm("", null, "rules", "", List.of(), null, "5", "", local(opens),
                local(opens.plus(7, ChronoUnit.DAYS)), true, Map.of(), null);
    }

    static AssessmentForm of(AssessmentSnapshot assessment) {
        boolean listed = assessment.questionIds() != null;
        return new AssessmentForm(assessment.title(), assessment.role(), listed ? "list" : "rules",
                listed ? String.join("\n", assessment.questionIds()) : "", assessment.topics(),
                assessment.difficulty(), String.valueOf(assessment.questionCount()),
                assessment.timeLimitSeconds() == null ? "" : String.valueOf(assessment.timeLimitSeconds()),
                local(assessment.opensAt()), local(assessment.closesAt()), assessment.showsFeedback(), Map.of(),
                null);
    }

    /** The request the API would receive from this input: blanks are absent values, what is no number or time null. */
    AssessmentRequest request() {
        boolean listed = "list".equals(questions);
        List<String> ids = listed ? Arrays.stream(questionIds == null ? new String[0] : questionIds.split("\\s+"))
                .filter(id -> !id.isBlank()).toList() : null;
        AssessmentRequest.Rules rules = listed ? null
                : new AssessmentRequest.Rules(topics, blankToNull(difficulty), number(count));
        return new AssessmentRequest(title, blankToNull(role), ids, rules, number(timeLimit), instant(opensAt),
                instant(closesAt), showsFeedback);
    }

    /** The form with a message for each field that breaks the API's rules; none when the request is valid. */
    AssessmentForm validated(Validator validator) {
        Map<String, String> found = new TreeMap<>();
        for (ConstraintViolation<AssessmentRequest> violation : validator.validate(request())) {
            String field = field(violation.getPropertyPath());
            found.put(field, MESSAGES.getOrDefault(field, violation.getMessage()));
        }
        return withErrors(found);
    }

    /** The form with the domain's refusal of its fields. */
    AssessmentForm refused(Invalid invalid) {
        Map<String, String> found = new TreeMap<>();
        // The domain names the unknown question ids; the other fields' messages say enough.
        invalid.fields().forEach(field -> found.put(field.name(), "questionIds".equals(field.name())
                ? Character.toUpperCase(field.message().charAt(0)) + field.message().substring(1) + "."
                : MESSAGES.getOrDefault(field.name(), field.message())));
        return withErrors(found);
    }

    AssessmentForm withProblem(String detail) {
        return new AssessmentForm(title, role, questions, questionIds, topics, difficulty, count, timeLimit, opensAt,
                closesAt, showsFeedback, errors, detail);
    }

    private AssessmentForm withErrors(Map<String, String> found) {
        return new AssessmentForm(title, role, questions, questionIds, topics, difficulty, count, timeLimit, opensAt,
                closesAt, showsFeedback, found, problem);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public String errorOf(String field) {
        return errors.get(field);
    }

    public boolean isListed() {
        return "list".equals(questions);
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

    // "rules.count" is the form's "count"; "questionIds[2]" its "questionIds".
    private static String field(Path path) {
        Iterator<Path.Node> nodes = path.iterator();
        String first = nodes.next().getName();
        return "rules".equals(first) && nodes.hasNext() ? nodes.next().getName() : first;
    }

    private static String local(Instant instant) {
        return MINUTES.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static Instant instant(String local) {
        try {
            return local == null || local.isBlank() ? null
                    : LocalDateTime.parse(local.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
