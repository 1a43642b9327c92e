package dev.mockinterview.session.api;

import dev.mockinterview.testsupport.ExposedMetrics;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.session.CatalogueFixture;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class MetricsTest {
    /** The management interface's root ({@code /q/} on the management port): health and metrics are there. */
    @TestHTTPResource(value = "/", management = true)
    URI management;


    @Test
    void prometheusSeesSessionsAnswersAndTheOutbox() {
        String candidate = TestInfrastructure.token("candidate", "mia");
        CatalogueFixture.publishRole("metrics-test-role", 1, candidate);
        String id = given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"role\": \"metrics-test-role\", \"questionCount\": 1}").post("/api/v1/sessions")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(candidate).contentType(ContentType.JSON).body("{\"text\": \"an answer\"}")
                .put("/api/v1/sessions/" + id + "/answers/1").then().statusCode(200);
        given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .post("/api/v1/sessions/" + id + "/complete").then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get(management.resolve("metrics")).then().statusCode(200)
                .body(containsString("sessions_started_total{role=\"metrics-test-role\"}"))
                .body(containsString("sessions_ended_total{ended_as=\"FINISHED\"}"))
                .body(containsString("answers_submitted_total"))
                .body(containsString("answers_submission_seconds_bucket"))
                .body(containsString("outbox_backlog "))
                .body(containsString("outbox_oldest_unsent_age_seconds ")));
        // The alerts and the dashboard of deploy/k8s read these metrics by name.
        assertThat(ExposedMetrics.missingFrom(given().get(management.resolve("metrics")).then().extract().asString(),
                "session-service")).isEmpty();
    }
}
