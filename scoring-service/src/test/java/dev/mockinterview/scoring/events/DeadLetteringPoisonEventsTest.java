package dev.mockinterview.scoring.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockinterview.contracts.EventContracts;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestEvents.QUESTION_ID;
import static dev.mockinterview.scoring.testing.TestEvents.answerSubmitted;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestEvents.questionPublished;
import static dev.mockinterview.scoring.testing.TestEvents.sessionCompleted;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class DeadLetteringPoisonEventsTest {
    private static final String CANDIDATE = "demo-candidate";
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** The management interface's root ({@code /q/} on the management port): health and metrics are there. */
    @TestHTTPResource(value = "/", management = true)
    URI management;

    @Test
    void poisonAnswersGoToTheDeadLetterTopicAndTheNextAnswerOnTheirPartitionIsStillScored() throws Exception {
        UUID sessionId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();
        String notJson = "not an event " + UUID.randomUUID();
        ObjectNode breaksContract = (ObjectNode) new ObjectMapper().readTree(
                answerSubmitted(UUID.randomUUID(), UUID.randomUUID(), CANDIDATE, 1, QUESTION_ID, "text"));
        ((ObjectNode) breaksContract.get("data")).put("position", 0).remove("text");
        String invalid = breaksContract.toString();
        assertThat(EventContracts.violations(invalid)).isNotEmpty();
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, QUESTION_ID, questionPublished(QUESTION_ID));

        // One key, so one partition: the valid answer queues behind the poison.
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(), notJson);
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(), invalid);
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                answerSubmitted(sessionId, answerId, CANDIDATE, 1, QUESTION_ID, canonicalAnswerText()));
        KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(),
                sessionCompleted(sessionId, CANDIDATE, 1, List.of(answerId)));

        ConsumerRecord<String, String> notJsonLetter = deadLetter(notJson);
        ConsumerRecord<String, String> invalidLetter = deadLetter(invalid);
        assertThat(notJsonLetter.key()).isEqualTo(sessionId.toString());
        assertThat(header(notJsonLetter, "dead-letter-topic")).isEqualTo(Topics.ANSWER_SUBMITTED);
        assertThat(header(notJsonLetter, "dead-letter-reason")).contains("not JSON");
        assertThat(header(invalidLetter, "dead-letter-reason")).contains("breaks its contract", "position", "text");
        assertThat(awaitReport(sessionId, "COMPLETE").getList("answers")).hasSize(1);
        String metrics = given().get(management.resolve("metrics")).then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern(
                "events_dead_lettered_total\\{dead_letter_topic=\"scoring-dlq\"} [1-9]");
        assertThat(metrics).contains("scoring_time_seconds_count", "answers_submitted_to_scored_seconds_bucket");
    }

    @Test
    void aValidAnswerThatContradictsWhatIsKnownIsDeadLetteredAfterBoundedRetriesAndThePartitionMovesOn() {
        UUID sessionId = UUID.randomUUID();
        List<UUID> answerIds = List.of(UUID.randomUUID(), UUID.randomUUID());
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, QUESTION_ID, questionPublished(QUESTION_ID));
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                answerSubmitted(sessionId, answerIds.get(0), CANDIDATE, 1, QUESTION_ID, canonicalAnswerText()));
        // The workers score records of one partition side by side: the session must be known as the candidate's
        // before the impostor arrives, or the impostor's answer could be taken first and the real ones refused.
        awaitReport(sessionId, report -> report.getList("answers").size() == 1);
        String impostor = answerSubmitted(sessionId, UUID.randomUUID(), "impostor", 2, QUESTION_ID, "text");

        // One key, so one partition: the second answer queues behind the impostor.
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(), impostor);
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                answerSubmitted(sessionId, answerIds.get(1), CANDIDATE, 2, QUESTION_ID, canonicalAnswerText()));
        KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(),
                sessionCompleted(sessionId, CANDIDATE, 2, answerIds));

        ConsumerRecord<String, String> letter = deadLetter(impostor);
        assertThat(header(letter, "dead-letter-reason")).contains("belongs to another candidate");
        assertThat(header(letter, "dead-letter-topic")).isEqualTo(Topics.ANSWER_SUBMITTED);
        assertThat(awaitReport(sessionId, "COMPLETE").getList("answers.position")).containsExactly(1, 2);
    }

    @Test
    void aValidEventOnAnotherEventsTopicGoesToTheDeadLetterTopicAndChangesNothing() {
        UUID sessionId = UUID.randomUUID();
        String answer = answerSubmitted(sessionId, UUID.randomUUID(), CANDIDATE, 1, QUESTION_ID, "text");

        KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(), answer);

        assertThat(header(deadLetter(answer), "dead-letter-reason")).contains("does not belong");
        given().auth().oauth2(TestInfrastructure.token("recruiter", "rita"))
                .when().get("/api/v1/reports/{sessionId}", sessionId)
                .then().statusCode(404);
    }

    private static ConsumerRecord<String, String> deadLetter(String value) {
        return KafkaTestClient.awaitRecords(Topics.SCORING_DEAD_LETTER, 1, record -> value.equals(record.value()),
                WAIT).get(0);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as(name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
