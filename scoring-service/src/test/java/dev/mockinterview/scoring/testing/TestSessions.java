package dev.mockinterview.scoring.testing;

import dev.mockinterview.contracts.Topics;
import dev.mockinterview.scoring.domain.Assessment;
import dev.mockinterview.testsupport.KafkaTestClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestEvents.answerSubmitted;
import static dev.mockinterview.scoring.testing.TestEvents.inAssessment;
import static dev.mockinterview.scoring.testing.TestEvents.questionPublished;
import static dev.mockinterview.scoring.testing.TestEvents.sessionCompleted;
import static dev.mockinterview.scoring.testing.TestEvents.withData;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;

/**
 * Whole sessions sent through the topics, waited for until their report is complete: practice, or taken for an
 * assessment.
 */
public final class TestSessions {
    private TestSessions() {
    }

    /** One answered question: version 1 of the question, of its topic, and the answer's text. */
    public record Answered(String questionId, String topic, String text) {
    }

    /**
     * Publishes the questions, answers them in order, completes the session with questionCount questions: the
     * candidate's practice.
     */
    public static UUID completedSession(String candidateId, String role, int questionCount, List<Answered> answers) {
        return completedSession(null, candidateId, role, questionCount, answers);
    }

    /** As {@link #completedSession(String, String, int, List)}, completed at the time given. */
    public static UUID completedSession(String candidateId, String role, int questionCount, Instant completedAt,
                                        List<Answered> answers) {
        return completedSession(null, candidateId, role, questionCount, completedAt, answers);
    }

    /** As {@link #completedSession(String, String, int, List)}, taken for the assessment (null: practice). */
    public static UUID completedSession(Assessment assessment, String candidateId, String role, int questionCount,
                                        List<Answered> answers) {
        return completedSession(assessment, candidateId, role, questionCount, Instant.parse("2026-11-28T09:20:00Z"),
                answers);
    }

    /** As {@link #completedSession(Assessment, String, String, int, List)}, completed at the time given. */
    public static UUID completedSession(Assessment assessment, String candidateId, String role, int questionCount,
                                        Instant completedAt, List<Answered> answers) {
        UUID sessionId = UUID.randomUUID();
        List<UUID> answerIds = sendAnswers(sessionId, candidateId, assessment, answers);
        KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(), inAssessment(
                withData(sessionCompleted(sessionId, candidateId, role, questionCount, answerIds), "completedAt",
                        completedAt.toString()), assessment));
        awaitReport(sessionId, "COMPLETE");
        return sessionId;
    }

    /** A session that has not ended, with its answers' ids. */
    public record RunningSession(UUID sessionId, List<UUID> answerIds) {
    }

    /**
     * Publishes the questions and answers them in order, without completing the session: its report stays PENDING.
     * Returns once every answer is scored.
     */
    public static RunningSession runningSession(String candidateId, List<Answered> answers) {
        return runningSession(null, candidateId, answers);
    }

    /** As {@link #runningSession(String, List)}, taken for the assessment (null: practice). */
    public static RunningSession runningSession(Assessment assessment, String candidateId, List<Answered> answers) {
        UUID sessionId = UUID.randomUUID();
        List<UUID> answerIds = sendAnswers(sessionId, candidateId, assessment, answers);
        awaitReport(sessionId, report -> "PENDING".equals(report.getString("status"))
                && report.getList("answers").size() == answers.size());
        return new RunningSession(sessionId, answerIds);
    }

    private static List<UUID> sendAnswers(UUID sessionId, String candidateId, Assessment assessment,
                                          List<Answered> answers) {
        List<UUID> answerIds = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Answered answer = answers.get(i);
            UUID answerId = UUID.randomUUID();
            answerIds.add(answerId);
            KafkaTestClient.send(Topics.QUESTION_CATALOGUE, answer.questionId(),
                    questionPublished(answer.questionId(), answer.topic()));
            KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(), inAssessment(
                    answerSubmitted(sessionId, answerId, candidateId, i + 1, answer.questionId(), answer.text()),
                    assessment));
        }
        return answerIds;
    }
}
