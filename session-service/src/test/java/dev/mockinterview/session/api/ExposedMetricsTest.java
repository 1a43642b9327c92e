package dev.mockinterview.session.api;

import dev.mockinterview.localstack.testing.ExposedMetrics;
import dev.mockinterview.localstack.testing.TestInfrastructure;
import dev.mockinterview.session.CatalogueFixture;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The alerts and the dashboard of deploy/k8s read metrics by name: the ones listed for sessions are really here. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ExposedMetricsTest {

    @Test
    void metricsShowEveryMetricTheAlertsAndTheDashboardReadFromSessions() {
        String candidate = TestInfrastructure.token("candidate", "otto");
        CatalogueFixture.publishRole("exposed-metrics-role", 1, candidate);
        String id = given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"role\": \"exposed-metrics-role\", \"questionCount\": 1}").post("/api/v1/sessions")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(candidate).contentType(ContentType.JSON).body("{\"text\": \"an answer\"}")
                .put("/api/v1/sessions/" + id + "/answers/1").then().statusCode(200);
        given().auth().oauth2(candidate).post("/api/v1/sessions/" + id + "/complete").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ExposedMetrics.missingFrom(
                given().get("/q/metrics").then().statusCode(200).extract().asString(), "session-service"))
                .isEmpty());
    }
}
