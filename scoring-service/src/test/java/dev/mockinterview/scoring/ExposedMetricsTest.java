package dev.mockinterview.scoring;

import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.ExposedMetrics;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
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

/** The alerts and the dashboard of deploy/k8s read metrics by name: the ones listed for scoring are really here. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ExposedMetricsTest {
    /** The management interface's root ({@code /q/} on the management port): health and metrics are there. */
    @TestHTTPResource(value = "/", management = true)
    URI management;


    @Test
    void metricsShowEveryMetricTheAlertsAndTheDashboardReadFromScoring() {
        UUID sessionId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, QUESTION_ID, questionPublished(QUESTION_ID));
        KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                answerSubmitted(sessionId, answerId, "demo-candidate", 1, QUESTION_ID, canonicalAnswerText()));
        KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(),
                sessionCompleted(sessionId, "demo-candidate", 1, List.of(answerId)));
        awaitReport(sessionId, "COMPLETE");

        String scrape = given().get(management.resolve("metrics")).then().statusCode(200).extract().asString();
        assertThat(ExposedMetrics.missingFrom(scrape, "scoring-service")).isEmpty();
    }
}
