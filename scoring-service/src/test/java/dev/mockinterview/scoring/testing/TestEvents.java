package dev.mockinterview.scoring.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockinterview.contracts.EventContracts;
import dev.mockinterview.scoring.domain.Assessment;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events made from the contracts' canonical examples with the ids a test needs, each checked against its schema
 * before a test sends it. A session's events are practice (no assessment) unless {@link #inAssessment} says otherwise.
 */
public final class TestEvents {
    /** The question of the canonical examples. */
    public static final String QUESTION_ID = "idempotent-http-methods";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger ASSESSMENTS = new AtomicInteger();

    private TestEvents() {
    }

    /** A canonical example, unchanged, after checking that it honours its schema. */
    public static String example(String type) {
        String example = EventContracts.example(type);
        assertThat(EventContracts.violations(example)).as(type + " example").isEmpty();
        return example;
    }

    /**
     * Version 1 of a question with the canonical example's prompt and rubric. Its event id follows question-service's
     * scheme, so sending it again is a redelivery.
     */
    public static String questionPublished(String questionId) {
        return questionPublished(questionId, parse(example("question-published")).path("data").path("topic").asText());
    }

    /** Version 1 of a question of the topic, otherwise as {@link #questionPublished(String)}. */
    public static String questionPublished(String questionId, String topic) {
        ObjectNode event = parse(example("question-published"));
        event.put("id", "question-published:" + questionId + ":1");
        event.put("subject", questionId);
        data(event).put("questionId", questionId).put("topic", topic);
        return valid(event);
    }

    public static String answerSubmitted(UUID sessionId, UUID answerId, String candidateId, int position,
                                         String questionId, String text) {
        ObjectNode event = parse(example("answer-submitted"));
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", sessionId.toString());
        data(event).remove("assessment");
        data(event).put("answerId", answerId.toString())
                .put("sessionId", sessionId.toString())
                .put("candidateId", candidateId)
                .put("position", position)
                .put("questionId", questionId)
                .put("text", text);
        return valid(event);
    }

    /** The canonical answer, restated in the candidate's words, to the canonical question. */
    public static String canonicalAnswerText() {
        return parse(example("answer-submitted")).path("data").path("text").asText();
    }

    public static String sessionCompleted(UUID sessionId, String candidateId, int questionCount,
                                          List<UUID> answerIds) {
        return sessionCompleted(sessionId, candidateId, "backend-engineer", questionCount, answerIds);
    }

    public static String sessionCompleted(UUID sessionId, String candidateId, String role, int questionCount,
                                          List<UUID> answerIds) {
        ObjectNode event = parse(example("session-completed"));
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", sessionId.toString());
        data(event).remove("assessment");
        ObjectNode data = data(event).put("sessionId", sessionId.toString())
                .put("candidateId", candidateId)
                .put("role", role)
                .put("questionCount", questionCount);
        data.putArray("answerIds").addAll(answerIds.stream().map(id -> JSON.getNodeFactory().textNode(
                id.toString())).toList());
        return valid(event);
    }

    /** A new assessment of the recruiter, with a title of its own, that shows its candidates their feedback. */
    public static Assessment assessmentOf(String ownerId) {
        return new Assessment(UUID.randomUUID(), "Assessment " + ASSESSMENTS.incrementAndGet() + " of " + ownerId,
                ownerId, true);
    }

    /** As {@link #assessmentOf}, for an assessment whose candidates do not see their scores and feedback. */
    public static Assessment hidingFeedback(String ownerId) {
        Assessment assessment = assessmentOf(ownerId);
        return new Assessment(assessment.assessmentId(), assessment.title(), ownerId, false);
    }

    /** A session's answer-submitted or session-completed event taken for the assessment; null leaves it practice. */
    public static String inAssessment(String event, Assessment assessment) {
        if (assessment == null) {
            return event;
        }
        ObjectNode changed = parse(event);
        data(changed).putObject("assessment")
                .put("assessmentId", assessment.assessmentId().toString())
                .put("title", assessment.title())
                .put("ownerId", assessment.ownerId())
                .put("showsFeedback", assessment.showsFeedback());
        return valid(changed);
    }

    /** The event with one field of its data set to a text, still honouring its schema. */
    public static String withData(String event, String field, String value) {
        ObjectNode changed = parse(event);
        data(changed).put(field, value);
        return valid(changed);
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }

    private static String valid(ObjectNode event) {
        String json = event.toString();
        assertThat(EventContracts.violations(json)).as(json).isEmpty();
        return json;
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
