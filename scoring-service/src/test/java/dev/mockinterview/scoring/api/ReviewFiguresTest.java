package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.testing.TestSessions.Answered;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestReviews.ASSESSMENT;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestPages.recruiterPage;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static dev.mockinterview.scoring.testing.TestReviews.ownerReviews;
import static dev.mockinterview.scoring.testing.TestSessions.completedSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ReviewFiguresTest {
    @Test
    void authorsSeeHowOftenAndHowFarReviewersDisagreedWithTheScorerOnAQuestionVersion() {
        String questionId = "q-" + UUID.randomUUID();
        JsonPath first = answered(questionId, "faye");
        JsonPath second = answered(questionId, "fritz");
        answered(questionId, "fox");
        String point0 = first.getString("answers[0].keyPoints[0].text");
        // The first answer: 10 points off the machine, key point 0 changed.
        review(first, 10, Map.of(0, other(first, 0)));
        // The second: key point 1 changed, then a second review puts it back and changes key point 0, 20 points off.
        review(second, 30, Map.of(1, other(second, 1)));
        review(second, 20, Map.of(0, other(second, 0), 1, second.getString("answers[0].keyPoints[1].status")));

        JsonPath figures = given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                .when().get("/api/v1/questions/{questionId}/versions/1/scores", questionId)
                .then().statusCode(200).extract().jsonPath();

        assertThat(figures.getLong("count")).isEqualTo(3);
        assertThat(figures.getLong("reviews.reviewedAnswers")).isEqualTo(2);
        assertThat(figures.getDouble("reviews.meanAbsoluteDifference")).isEqualTo(15.0);
        assertThat(figures.getList("reviews.mostChangedKeyPoints.text")).containsExactly(point0);
        assertThat(figures.getList("reviews.mostChangedKeyPoints.changed", Integer.class)).containsExactly(2);
        Document page = recruiterPage("/recruiter/questions/" + questionId + "/versions/1", 200);
        assertThat(page.select("section:has(#reviews-heading) dd").eachText()).containsExactly("2", "15.0");
        assertThat(page.select("table:has(caption:contains(reviewers changed)) tbody tr").eachText())
                .containsExactly(point0 + " 2");
    }

    private static JsonPath answered(String questionId, String candidateId) {
        return awaitReport(completedSession(ASSESSMENT, candidateId, "backend-engineer", 1,
                List.of(new Answered(questionId, "api-design", canonicalAnswerText()))), "COMPLETE");
    }

    // Sets the score this far from the machine's (down when it can), with the key points' statuses.
    private static void review(JsonPath report, int offMachine, Map<Integer, String> statuses) {
        int machine = report.getInt("answers[0].score");
        ownerReviews(UUID.fromString(report.getString("sessionId")),
                UUID.fromString(report.getString("answers[0].answerId")), Map.of(
                        "score", machine >= offMachine ? machine - offMachine : machine + offMachine,
                        "reason", "Compared with the rubric by hand.",
                        "keyPoints", statuses.entrySet().stream()
                                .map(status -> Map.of("index", status.getKey(), "status", status.getValue()))
                                .toList()));
    }

    private static String other(JsonPath report, int keyPoint) {
        return "MISSING".equals(report.getString("answers[0].keyPoints[" + keyPoint + "].status"))
                ? "COVERED" : "MISSING";
    }
}
