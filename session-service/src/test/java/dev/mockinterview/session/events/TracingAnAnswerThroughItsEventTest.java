package dev.mockinterview.session.events;

import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.session.CatalogueFixture;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class TracingAnAnswerThroughItsEventTest {
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void theAnswerSubmittedRecordCarriesTheTraceOfTheRequestThatSubmittedIt() {
        String candidate = TestInfrastructure.token("candidate", "tracy");
        CatalogueFixture.publishRole("trace-test-role", 1, candidate);
        String sessionId = given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"role\": \"trace-test-role\", \"questionCount\": 1}").post("/api/v1/sessions")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .body("{\"text\": \"an answer worth tracing\"}")
                .put("/api/v1/sessions/" + sessionId + "/answers/1")
                .then().statusCode(200);

        ConsumerRecord<String, String> record = KafkaTestClient.awaitRecords(Topics.ANSWER_SUBMITTED, 1,
                candidateRecord -> sessionId.equals(candidateRecord.key()), Duration.ofSeconds(30)).get(0);
        Header traceparent = record.headers().lastHeader("traceparent");
        assertThat(traceparent).as("the traceparent header").isNotNull();
        String[] fields = new String(traceparent.value(), StandardCharsets.UTF_8).split("-");
        assertThat(fields).hasSize(4);
        assertThat(fields[1]).as("trace id").isEqualTo(TRACE_ID);
        assertThat(record.headers().headers("traceparent")).as("one traceparent only").hasSize(1);
    }
}
