package dev.mockinterview.scoring.testing;

import dev.mockinterview.testsupport.TestInfrastructure;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Reads reports through the API as an admin (who reads every report), waiting for the consumers to catch up. */
public final class TestReports {
    private TestReports() {
    }

    /** Waits until the session's report exists with the status, and returns it. */
    public static JsonPath awaitReport(UUID sessionId, String status) {
        return awaitReport(sessionId, report -> status.equals(report.getString("status")));
    }

    /** Waits until the session's report exists and satisfies the condition, and returns it. */
    public static JsonPath awaitReport(UUID sessionId, Predicate<JsonPath> condition) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> read(sessionId), report -> report != null && condition.test(report));
    }

    private static JsonPath read(UUID sessionId) {
        var response = given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                .when().get("/api/v1/reports/{sessionId}", sessionId)
                .then().extract();
        return response.statusCode() == 200 ? response.jsonPath() : null;
    }
}
