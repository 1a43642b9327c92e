package dev.mockinterview.scoring.api;

import dev.mockinterview.contracts.Topics;
import dev.mockinterview.scoring.domain.AnswerScore;
import dev.mockinterview.scoring.domain.Scoring;
import dev.mockinterview.scoring.testing.TestSessions.Answered;
import dev.mockinterview.scoring.testing.TestSessions.RunningSession;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestEvents.inAssessment;
import static dev.mockinterview.scoring.testing.TestReviews.ASSESSMENT;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestEvents.sessionCompleted;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static dev.mockinterview.scoring.testing.TestReviews.OWNER;
import static dev.mockinterview.scoring.testing.TestReviews.ownerReviews;
import static dev.mockinterview.scoring.testing.TestReviews.practiceAnswer;
import static dev.mockinterview.scoring.testing.TestReviews.review;
import static dev.mockinterview.scoring.testing.TestSessions.completedSession;
import static dev.mockinterview.scoring.testing.TestSessions.runningSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ReviewingAnAnswerTest {
    private static final String WEAK_ANSWER = "Caching helps, I think, and servers are usually fast enough anyway.";

    @Inject
    Scoring scoring;

    @Test
    void theOwnerSetsTheFinalScoreAndTheReportCountsItBesideTheMachineScore() throws IOException {
        UUID sessionId = twoAnswerSession("cora");
        JsonPath before = awaitReport(sessionId, "COMPLETE");
        int machine = before.getInt("answers[0].score");
        int other = before.getInt("answers[1].score");
        int reviewed = machine >= 50 ? 12 : 95;
        String firstStatus = before.getString("answers[0].keyPoints[0].status");
        String changed = "MISSING".equals(firstStatus) ? "COVERED" : "MISSING";

        JsonPath created = ownerReviews(sessionId, answerId(before, 0), Map.of("score", reviewed,
                "keyPoints", List.of(Map.of("index", 0, "status", changed)),
                "reason", "The first point is stated, then contradicted.")).extract().jsonPath();

        assertThat(created.getInt("revision")).isEqualTo(1);
        assertThat(created.getInt("machineScore")).isEqualTo(machine);
        assertThat(created.getInt("previousScore")).isEqualTo(machine);
        assertThat(created.getInt("score")).isEqualTo(reviewed);
        assertThat(created.getString("reviewerId")).isEqualTo(OWNER);
        assertThat(created.getString("keyPoints[0].machineStatus")).isEqualTo(firstStatus);
        assertThat(created.getString("keyPoints[0].status")).isEqualTo(changed);
        assertThat(created.getString("keyPoints[1].status"))
                .isEqualTo(before.getString("answers[0].keyPoints[1].status"));
        JsonPath after = awaitReport(sessionId, "COMPLETE");
        assertThat(after.getInt("answers[0].score")).as("the machine's score, kept").isEqualTo(machine);
        assertThat(after.getInt("answers[0].finalScore")).isEqualTo(reviewed);
        assertThat(after.getString("answers[0].review.reason"))
                .isEqualTo("The first point is stated, then contradicted.");
        assertThat(after.getString("answers[0].review.keyPoints[0].status")).isEqualTo(changed);
        assertThat(after.getInt("answers[1].finalScore")).isEqualTo(other);
        assertThat(after.getString("reviewedBy")).isEqualTo(OWNER);
        assertThat(after.getString("reviewedAt")).isEqualTo(created.getString("reviewedAt"));
        BigDecimal overall = mean(reviewed + other, 2);
        assertThat(after.getObject("overallScore", BigDecimal.class)).isEqualByComparingTo(overall);
        // The candidate sees the final score, not who reviewed it or why.
        JsonPath candidates = given().auth().oauth2(TestInfrastructure.token("candidate", "cora"))
                .when().get("/api/v1/reports/{sessionId}", sessionId).then().statusCode(200).extract().jsonPath();
        assertThat(candidates.getInt("answers[0].finalScore")).isEqualTo(reviewed);
        assertThat(candidates.getString("answers[0].review")).isNull();
        assertThat(candidates.getList("answers[0].reviews")).isEmpty();
        assertThat(candidates.getString("reviewedBy")).isNull();
        assertThat(candidates.getBoolean("answers[0].reviewed")).as("but that a person reviewed it").isTrue();
        assertThat(candidates.getBoolean("answers[1].reviewed")).isFalse();
        // The per-answer CSV gives the machine's score and the final one, key points counted by final status.
        String csv = given().auth().oauth2(TestInfrastructure.token("recruiter", OWNER))
                .accept("text/csv").queryParam("candidate", "cora").queryParam("detail", "answers")
                .when().get("/api/v1/reports")
                .then().statusCode(200).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).stream()
                .filter(row -> row.get("session_id").equals(sessionId.toString())).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("score")).isEqualTo(String.valueOf(machine));
        assertThat(rows.get(0).get("final_score")).isEqualTo(String.valueOf(reviewed));
        assertThat(rows.get(0).get("reviewed")).isEqualTo("true");
        long missing = after.getList("answers[0].review.keyPoints.status", String.class).stream()
                .filter("MISSING"::equals).count();
        assertThat(rows.get(0).get("key_points_missing")).isEqualTo(String.valueOf(missing));
        assertThat(rows.get(1).get("reviewed")).isEqualTo("false");
        // The list sorts and filters by the stored overall score, which is the reviewed one.
        given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                .queryParam("candidate", "cora").queryParam("minScore", overall).queryParam("maxScore", overall)
                .when().get("/api/v1/reports")
                .then().statusCode(200).body("items.sessionId", hasItem(sessionId.toString()));
    }

    @Test
    void aReviewOfAReviewIsTheNextRevisionAndTheHistoryKeepsBoth() {
        UUID sessionId = twoAnswerSession("cyril");
        JsonPath before = awaitReport(sessionId, "COMPLETE");
        UUID answerId = answerId(before, 0);
        String firstPoint = before.getString("answers[0].keyPoints[0].text");
        ownerReviews(sessionId, answerId, Map.of("score", 40, "reason", "Too vague on retries.",
                "keyPoints", List.of(Map.of("text", firstPoint, "status", "PARTIAL"))));

        JsonPath second = given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                .contentType("application/json")
                .body(Map.of("score", 55, "reason", "On a second reading the retry case is there."))
                .when().post("/api/v1/reports/{sessionId}/answers/{answerId}/reviews", sessionId, answerId)
                .then().statusCode(201).extract().jsonPath();

        assertThat(second.getInt("revision")).isEqualTo(2);
        assertThat(second.getInt("previousScore")).isEqualTo(40);
        assertThat(second.getString("keyPoints[0].previousStatus")).isEqualTo("PARTIAL");
        assertThat(second.getString("keyPoints[0].status")).as("kept from revision 1").isEqualTo("PARTIAL");
        JsonPath report = awaitReport(sessionId, "COMPLETE");
        assertThat(report.getList("answers[0].reviews.revision", Integer.class)).containsExactly(1, 2);
        assertThat(report.getList("answers[0].reviews.score", Integer.class)).containsExactly(40, 55);
        assertThat(report.getList("answers[0].reviews.reviewerId")).containsExactly(OWNER, "ada");
        assertThat(report.getInt("answers[0].finalScore")).isEqualTo(55);
        assertThat(report.getString("reviewedBy")).isEqualTo("ada");
    }

    @Test
    void anAnswerReviewedBeforeItsSessionCompletesCountsInTheReportBuiltAtCompletion() {
        RunningSession running = runningSession(ASSESSMENT, "cleo", List.of(
                new Answered("q-" + UUID.randomUUID(), "api-design", canonicalAnswerText())));
        int machine = awaitReport(running.sessionId(), "PENDING").getInt("answers[0].score");
        int reviewed = machine >= 50 ? 20 : 90;

        ownerReviews(running.sessionId(), running.answerIds().get(0),
                Map.of("score", reviewed, "reason", "Reviewed while the interview was still running."));
        KafkaTestClient.send(Topics.SESSION_COMPLETED, running.sessionId().toString(),
                inAssessment(sessionCompleted(running.sessionId(), "cleo", 2, running.answerIds()), ASSESSMENT));

        JsonPath report = awaitReport(running.sessionId(), "COMPLETE");
        assertThat(report.getInt("answers[0].finalScore")).isEqualTo(reviewed);
        assertThat(report.getObject("overallScore", BigDecimal.class)).isEqualByComparingTo(mean(reviewed, 2));
    }

    @Test
    void aRescoreAddsAMachineScoreButTheReviewStillDecides() {
        UUID sessionId = twoAnswerSession("corin");
        JsonPath before = awaitReport(sessionId, "COMPLETE");
        UUID answerId = answerId(before, 0);
        // As if an older scorer had given the machine score reviewed: the current one scores the answer again.
        QuarkusTransaction.requiringNew().run(() -> AnswerScore.update(
                "scorerVersion = 'retired-scorer-0' where answerId = ?1", answerId));
        ownerReviews(sessionId, answerId, Map.of("score", 3, "reason", "Copied from the course notes."));

        QuarkusTransaction.requiringNew().run(() -> scoring.rescore(List.of(sessionId)));

        JsonPath after = awaitReport(sessionId, "COMPLETE");
        assertThat(after.getList("answers[0].earlierScores.scorerVersion")).containsExactly("retired-scorer-0");
        assertThat(after.getInt("answers[0].score")).isEqualTo(before.getInt("answers[0].score"));
        assertThat(after.getInt("answers[0].finalScore")).isEqualTo(3);
        assertThat(after.getString("answers[0].review.scorerVersion")).isEqualTo("retired-scorer-0");
        assertThat(after.getObject("overallScore", BigDecimal.class))
                .isEqualByComparingTo(mean(3 + before.getInt("answers[1].score"), 2));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        UUID sessionId = twoAnswerSession("cosima");
        JsonPath report = awaitReport(sessionId, "COMPLETE");
        UUID answerId = answerId(report, 0);
        String reason = "\"reason\": \"fine\"";

        refused(sessionId, answerId, "{\"score\": 101, " + reason + "}", "score");
        refused(sessionId, answerId, "{\"score\": -1, " + reason + "}", "score");
        refused(sessionId, answerId, "{\"score\": 1e9, " + reason + "}", "score");
        refused(sessionId, answerId, "{\"score\": 72.5, " + reason + "}", "score");
        refused(sessionId, answerId, "{\"score\": 99999999999, " + reason + "}", "score");
        refused(sessionId, answerId, "{" + reason + "}", "score");
        refused(sessionId, answerId, "{\"score\": 50}", "reason");
        refused(sessionId, answerId, "{\"score\": 50, \"reason\": \"   \"}", "reason");
        refused(sessionId, answerId, "{\"score\": 50, \"reason\": \"" + "x".repeat(2001) + "\"}", "reason");
        refused(sessionId, answerId, "{\"score\": 50, " + reason
                + ", \"keyPoints\": [{\"index\": 99, \"status\": \"COVERED\"}]}", "keyPoints[0].index");
        refused(sessionId, answerId, "{\"score\": 50, " + reason
                + ", \"keyPoints\": [{\"index\": -1, \"status\": \"COVERED\"}]}", "keyPoints[0].index");
        refused(sessionId, answerId, "{\"score\": 50, " + reason
                + ", \"keyPoints\": [{\"text\": \"No such point\", \"status\": \"COVERED\"}]}", "keyPoints[0].text");
        refused(sessionId, answerId, "{\"score\": 50, " + reason
                + ", \"keyPoints\": [{\"index\": 0, \"status\": \"KINDA\"}]}", "keyPoints[0].status");
        refused(sessionId, answerId, "{\"score\": 50, " + reason
                + ", \"keyPoints\": [{\"status\": \"COVERED\"}]}", "keyPoints[0]");
        refused(sessionId, answerId, "{\"score\": 50, " + reason + ", \"keyPoints\": [{\"index\": 0, "
                + "\"status\": \"COVERED\"}, {\"index\": 0, \"status\": \"MISSING\"}]}", "keyPoints[1]");
        refused(sessionId, answerId, "{\"score\": 50, " + reason + ", \"reviewerId\": \"someone\"}", "reviewerId");
        // Larger bodies than this never reach the service (quarkus.http.limits.max-body-size, 1M).
        refused(sessionId, answerId, "{\"score\": 50, \"reason\": \"" + "x".repeat(900_000) + "\"}", "reason");

        assertThat(awaitReport(sessionId, "COMPLETE").getList("answers[0].reviews")).isEmpty();
    }

    @Test
    void whoeverMayNotReviewTheReportFindsNothingToReview() {
        UUID sessionId = twoAnswerSession("cato");
        JsonPath report = awaitReport(sessionId, "COMPLETE");
        UUID answerId = answerId(report, 0);
        UUID elsewhere = answerId(awaitReport(twoAnswerSession("cato"), "COMPLETE"), 0);
        Map<String, Object> body = Map.of("score", 10, "reason", "Not mine to review.");

        review("recruiter", "another-recruiter", sessionId, answerId, body).statusCode(404);
        review("candidate", "cato", sessionId, answerId, body).statusCode(403);
        review("recruiter", OWNER, sessionId, elsewhere, body).statusCode(404);
        review("recruiter", OWNER, UUID.randomUUID(), answerId, body).statusCode(404);
        review("recruiter", OWNER, sessionId, UUID.randomUUID(), body).statusCode(404);

        assertThat(awaitReport(sessionId, "COMPLETE").getList("answers[0].reviews")).isEmpty();
    }

    @Test
    void practiceIsNeverReviewed() {
        UUID sessionId = UUID.randomUUID();
        UUID answerId = practiceAnswer(sessionId, "cleon", canonicalAnswerText());
        Map<String, Object> body = Map.of("score", 10, "reason", "Practice.");

        review("recruiter", OWNER, sessionId, answerId, body).statusCode(404);
        review("admin", "ada", sessionId, answerId, body).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mockinterview.dev/problems/practice-not-reviewable"));

        assertThat(awaitReport(sessionId, "PENDING").getList("answers[0].reviews")).isEmpty();
    }

    private static void refused(UUID sessionId, UUID answerId, String body, String field) {
        review("recruiter", OWNER, sessionId, answerId, body).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    private static UUID twoAnswerSession(String candidateId) {
        return completedSession(ASSESSMENT, candidateId, "backend-engineer", 2, List.of(
                new Answered("q-" + UUID.randomUUID(), "api-design", canonicalAnswerText()),
                new Answered("q-" + UUID.randomUUID(), "api-design", WEAK_ANSWER)));
    }

    private static UUID answerId(JsonPath report, int index) {
        return UUID.fromString(report.getString("answers[" + index + "].answerId"));
    }

    private static BigDecimal mean(int total, int questions) {
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(questions), 1, RoundingMode.HALF_UP);
    }
}
