package dev.mockinterview.contracts;

import java.util.List;
import java.util.Set;

/** The CloudEvents {@code type} of every event the platform publishes, shared by producers, consumers and tests. */
public final class EventTypes {
    public static final String QUESTION_PUBLISHED = "question-published";
    public static final String QUESTION_RETIRED = "question-retired";
    public static final String ANSWER_SUBMITTED = "answer-submitted";
    public static final String SESSION_COMPLETED = "session-completed";
    public static final String ANSWER_SCORED = "answer-scored";
    public static final String SESSION_SCORED = "session-scored";
    public static final String ANSWER_REVIEWED = "answer-reviewed";

    /** The types on the question-catalogue topic: each carries one whole question version. */
    public static final Set<String> CATALOGUE = Set.of(QUESTION_PUBLISHED, QUESTION_RETIRED);

    /** Every event type, each with a schema and an example in this module. */
    public static final List<String> ALL = List.of(QUESTION_PUBLISHED, ANSWER_SUBMITTED, SESSION_COMPLETED,
            QUESTION_RETIRED, ANSWER_SCORED, SESSION_SCORED, ANSWER_REVIEWED);

    private EventTypes() {
    }
}
