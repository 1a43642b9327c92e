package dev.mockinterview.scoring.api;

import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.scoring.domain.AnswerScore;
import dev.mockinterview.scoring.domain.RescoreRun;
import dev.mockinterview.scoring.domain.Rescoring;
import dev.mockinterview.scoring.testing.TestSessions.Answered;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestSessions.completedSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class RescoringTest {
    private static final String RESCORE = "/api/v1/scoring/rescore";
    private static final String RETIRED = "retired-scorer-0";

    @Test
    void aRescoreAddsTheCurrentScorersScoresAndKeepsTheOlderOnesReadable() {
        UUID sessionId = completedSession("rhea", "backend-engineer", 2, List.of(
                new Answered("q-" + UUID.randomUUID(), "api-design", canonicalAnswerText())));
        JsonPath before = report(sessionId);
        String current = before.getString("answers[0].scorerVersion");
        UUID answerId = UUID.fromString(before.getString("answers[0].answerId"));
        // As if an older scorer had scored it, with another score: the report shows it until the rescore.
        QuarkusTransaction.requiringNew().run(() -> AnswerScore.update(
                "scorerVersion = ?1, score = 0 where answerId = ?2", RETIRED, answerId));
        assertThat(report(sessionId).getString("answers[0].scorerVersion")).isEqualTo(RETIRED);

        given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                .contentType(ContentType.JSON).when().post(RESCORE)
                .then().statusCode(202)
                .body("status", equalTo("RUNNING"));
        await().atMost(Duration.ofSeconds(60)).until(() -> "FINISHED".equals(
                given().auth().oauth2(TestInfrastructure.token("admin", "ada")).when().get(RESCORE)
                        .then().statusCode(200).extract().path("status")));

        JsonPath after = report(sessionId);
        assertThat(after.getString("answers[0].scorerVersion")).isEqualTo(current);
        assertThat(after.getInt("answers[0].score")).isEqualTo(before.getInt("answers[0].score"));
        assertThat(after.getList("answers[0].earlierScores.scorerVersion")).containsExactly(RETIRED);
        assertThat(after.getList("answers[0].earlierScores.score", Integer.class)).containsExactly(0);
        assertThat(after.getDouble("overallScore")).isEqualTo(before.getDouble("overallScore"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> AnswerScore.count("answerId", answerId)))
                .isEqualTo(2);
    }

    @Test
    void aSecondRescoreStoresNothingNewForAnswersTheCurrentScorerHasScored() {
        UUID sessionId = completedSession("rhea", "backend-engineer", 1, List.of(
                new Answered("q-" + UUID.randomUUID(), "api-design", canonicalAnswerText())));
        UUID answerId = UUID.fromString(report(sessionId).getString("answers[0].answerId"));

        rescoreAndWait();

        assertThat(QuarkusTransaction.requiringNew().call(() -> AnswerScore.count("answerId", answerId)))
                .isEqualTo(1);
    }

    @Test
    void anyInstanceReportsTheRescoreAnotherInstanceRunsAndStartsNoSecondOne() {
        awaitNoRescoreRunning();
        UUID runId = UUID.randomUUID();
        // All this instance knows of a run another instance works on is its row.
        insertRun(runId, "now()");
        try {
            given().auth().oauth2(TestInfrastructure.token("admin", "ada")).when().get(RESCORE)
                    .then().statusCode(200)
                    .body("id", equalTo(runId.toString()))
                    .body("status", equalTo("RUNNING"))
                    .body("sessions", equalTo(10))
                    .body("processed", equalTo(4))
                    .body("rescored", equalTo(7))
                    .body("startedBy", equalTo("other-admin"));

            given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                    .contentType(ContentType.JSON).when().post(RESCORE)
                    .then().statusCode(202)
                    .body("id", equalTo(runId.toString()))
                    .body("startedBy", equalTo("other-admin"));
            assertThat(QuarkusTransaction.requiringNew().call(() -> RescoreRun.count("status",
                    Rescoring.Status.RUNNING))).isEqualTo(1);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> RescoreRun.update("status = ?1 where id = ?2",
                    Rescoring.Status.FINISHED, runId));
        }
    }

    @Test
    void aRescoreWhoseInstanceStoppedIsReportedFailedAndAnotherCanStart() {
        awaitNoRescoreRunning();
        UUID abandoned = UUID.randomUUID();
        // Its last batch committed ten minutes ago, twice scoring.rescore.abandoned-after, and none is at work.
        insertRun(abandoned, "now() - interval '10 minutes'");

        given().auth().oauth2(TestInfrastructure.token("admin", "ada")).when().get(RESCORE)
                .then().statusCode(200)
                .body("id", equalTo(abandoned.toString()))
                .body("status", equalTo("FAILED"))
                .body("processed", equalTo(4))
                .body("finishedAt", notNullValue());

        String next = given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                .contentType(ContentType.JSON).when().post(RESCORE)
                .then().statusCode(202)
                .body("status", equalTo("RUNNING"))
                .body("startedBy", equalTo("ada"))
                .extract().path("id");
        assertThat(next).isNotEqualTo(abandoned.toString());
        awaitNoRescoreRunning();
    }

    @Test
    void onlyAdminsRescore() {
        given().auth().oauth2(TestInfrastructure.token("recruiter", "rita")).contentType(ContentType.JSON)
                .when().post(RESCORE)
                .then().statusCode(403);
        given().auth().oauth2(TestInfrastructure.token("candidate", "cora")).contentType(ContentType.JSON)
                .when().post(RESCORE)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).when().post(RESCORE).then().statusCode(401);
    }

    private static void rescoreAndWait() {
        given().auth().oauth2(TestInfrastructure.token("admin", "ada")).contentType(ContentType.JSON)
                .when().post(RESCORE)
                .then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> "FINISHED".equals(
                given().auth().oauth2(TestInfrastructure.token("admin", "ada")).when().get(RESCORE)
                        .then().statusCode(200).extract().path("status")));
    }

    private static void awaitNoRescoreRunning() {
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(
                given().auth().oauth2(TestInfrastructure.token("admin", "ada")).when().get(RESCORE)
                        .then().statusCode(200).extract().path("status")));
    }

    private static void insertRun(UUID id, String updatedAt) {
        QuarkusTransaction.requiringNew().run(() -> RescoreRun.getEntityManager().createNativeQuery("""
                        INSERT INTO rescore_run (id, status, sessions, processed, rescored, scorer_version, started_by,
                                                 updated_at)
                        VALUES (?1, 'RUNNING', 10, 4, 7, 'rubric-embedding-2', 'other-admin', %s)""".formatted(updatedAt))
                .setParameter(1, id)
                .executeUpdate());
    }

    private static JsonPath report(UUID sessionId) {
        return given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                .when().get("/api/v1/reports/{sessionId}", sessionId)
                .then().statusCode(200).extract().jsonPath();
    }
}
