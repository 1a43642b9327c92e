package dev.mockinterview.session.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a recruiter asks for in an assessment: its questions as a fixed list of question ids or as rules (topics,
 * difficulty, count), the time limit, the window in which candidates may start it and whether they see feedback.
 *
 * @param questionIds      the fixed list, or null for rules
 * @param topics           the rules' topics (all when empty); ignored with a fixed list
 * @param difficulty       the rules' difficulty, null for any
 * @param questionCount    the rules' count; with a fixed list, null or its size
 * @param timeLimitSeconds one limit for every question, null for each question's own
 */
public record AssessmentSpec(String title, String role, List<String> questionIds, List<String> topics,
                             String difficulty, Integer questionCount, Integer timeLimitSeconds, Instant opensAt,
                             Instant closesAt, boolean showsFeedback) {
    public AssessmentSpec {
        questionIds = questionIds == null ? null : List.copyOf(questionIds);
        topics = topics == null ? List.of() : List.copyOf(topics);
        // As PostgreSQL keeps them, so that an unchanged time compares equal to the stored one.
        opensAt = opensAt == null ? null : opensAt.truncatedTo(ChronoUnit.MICROS);
        closesAt = closesAt == null ? null : closesAt.truncatedTo(ChronoUnit.MICROS);
    }

    boolean isFixedList() {
        return questionIds != null;
    }

    int count() {
        return isFixedList() ? questionIds.size() : questionCount;
    }

    /** The rules' topics as stored: none with a fixed list. */
    List<String> storedTopics() {
        return isFixedList() ? List.of() : topics;
    }

    /** The rules' difficulty as stored: none with a fixed list. */
    String storedDifficulty() {
        return isFixedList() ? null : difficulty;
    }
}
