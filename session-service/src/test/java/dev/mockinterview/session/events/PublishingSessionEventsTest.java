package dev.mockinterview.session.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockinterview.contracts.EventContracts;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.session.AssessmentFixture;
import dev.mockinterview.session.CatalogueFixture;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class PublishingSessionEventsTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void answersAndTheCompletionReachTheirTopicsInOrderKeyedBySessionAndHonouringTheContract() throws Exception {
        String candidate = TestInfrastructure.token("candidate", "pete");
        CatalogueFixture.publishRole("events-test-role", 3, candidate);
        String sessionId = given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"role\": \"events-test-role\", \"questionCount\": 3}").post("/api/v1/sessions")
                .then().statusCode(201).extract().path("id");
        List<String> answerIds = new ArrayList<>();
        for (int position = 1; position <= 3; position++) {
            answerIds.add(given().auth().oauth2(candidate).contentType(ContentType.JSON)
                    .body("{\"text\": \"answer number " + position + "\"}")
                    .put("/api/v1/sessions/" + sessionId + "/answers/" + position)
                    .then().statusCode(200).extract().path("answerId"));
        }
        given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .post("/api/v1/sessions/" + sessionId + "/complete").then().statusCode(200);

        List<ConsumerRecord<String, String>> answers = KafkaTestClient.awaitRecords(Topics.ANSWER_SUBMITTED, 3,
                record -> sessionId.equals(record.key()), Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> completions = KafkaTestClient.awaitRecords(Topics.SESSION_COMPLETED, 1,
                record -> sessionId.equals(record.key()), Duration.ofSeconds(30));

        List<Integer> positions = new ArrayList<>();
        for (ConsumerRecord<String, String> record : answers) {
            assertThat(EventContracts.violations(record.value())).as(record.value()).isEmpty();
            JsonNode data = json.readTree(record.value()).path("data");
            assertThat(data.path("sessionId").asText()).isEqualTo(sessionId);
            assertThat(data.path("candidateId").asText()).isEqualTo("pete");
            assertThat(data.has("assessment")).as("practice names no assessment").isFalse();
            positions.add(data.path("position").asInt());
        }
        assertThat(positions).containsExactly(1, 2, 3);
        String completion = completions.get(0).value();
        assertThat(EventContracts.violations(completion)).as(completion).isEmpty();
        JsonNode completed = json.readTree(completion).path("data");
        assertThat(completed.path("endedAs").asText()).isEqualTo("FINISHED");
        assertThat(completed.has("assessment")).as("practice names no assessment").isFalse();
        assertThat(completed.path("questionCount").asInt()).isEqualTo(3);
        assertThat(completed.path("answerIds")).extracting(JsonNode::asText).containsExactlyElementsOf(answerIds);
    }

    @Test
    void anAssessmentSessionsEventsNameTheAssessmentAndItsOwnerAndHonourTheContract() throws Exception {
        String candidate = TestInfrastructure.token("candidate", "paula");
        String owner = TestInfrastructure.token("recruiter", "rhea-events");
        CatalogueFixture.publishRole("assessment-events-role", 1, candidate);
        Map<String, Object> body = AssessmentFixture.listed("assessment-events-role",
                "assessment-events-role-question-1");
        body.put("title", "Back-end screening");
        body.put("showsFeedback", false);
        String assessmentId = AssessmentFixture.created(owner, body);
        AssessmentFixture.invite(owner, assessmentId, "paula").statusCode(200);
        String sessionId = AssessmentFixture.start(candidate, assessmentId).statusCode(201).extract().path("id");
        given().auth().oauth2(candidate).contentType(ContentType.JSON).body("{\"text\": \"my answer\"}")
                .put("/api/v1/sessions/" + sessionId + "/answers/1").then().statusCode(200);
        given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .post("/api/v1/sessions/" + sessionId + "/complete").then().statusCode(200);

        String answer = KafkaTestClient.awaitRecords(Topics.ANSWER_SUBMITTED, 1,
                record -> sessionId.equals(record.key()), Duration.ofSeconds(30)).get(0).value();
        String completion = KafkaTestClient.awaitRecords(Topics.SESSION_COMPLETED, 1,
                record -> sessionId.equals(record.key()), Duration.ofSeconds(30)).get(0).value();

        for (String event : List.of(answer, completion)) {
            assertThat(EventContracts.violations(event)).as(event).isEmpty();
            JsonNode assessment = json.readTree(event).path("data").path("assessment");
            assertThat(assessment.path("assessmentId").asText()).isEqualTo(assessmentId);
            assertThat(assessment.path("title").asText()).isEqualTo("Back-end screening");
            assertThat(assessment.path("ownerId").asText()).isEqualTo("rhea-events");
            assertThat(assessment.path("showsFeedback").isBoolean()).isTrue();
            assertThat(assessment.path("showsFeedback").asBoolean()).isFalse();
        }
    }
}
