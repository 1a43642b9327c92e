package dev.mockinterview.contracts;

import java.util.List;

/** Kafka topic names shared by producers, consumers, the local stack and the tests. */
public final class Topics {
    public static final String QUESTION_CATALOGUE = "question-catalogue";
    public static final String ANSWER_SUBMITTED = "answer-submitted";
    public static final String SESSION_COMPLETED = "session-completed";
    public static final String ANSWER_SCORED = "answer-scored";
    public static final String SESSION_SCORED = "session-scored";
    public static final String ANSWER_REVIEWED = "answer-reviewed";
    public static final String SCORING_DEAD_LETTER = "scoring-dlq";
    public static final String SESSION_DEAD_LETTER = "session-dead-letter";

    /** Every topic the platform uses, for whoever creates them (local stack, tests). */
    public static final List<String> ALL = List.of(QUESTION_CATALOGUE, ANSWER_SUBMITTED, SESSION_COMPLETED,
            ANSWER_SCORED, SESSION_SCORED, ANSWER_REVIEWED, SCORING_DEAD_LETTER, SESSION_DEAD_LETTER);

    private Topics() {
    }
}
