package dev.mockinterview.scoring.api;

import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.scoring.testing.TestSessions.Answered;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestEvents.assessmentOf;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestSessions.completedSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class QuestionScoresTest {
    private static final String SCORES = "/api/v1/questions/{questionId}/versions/{version}/scores";

    @Test
    void recruitersSeeHowEveryoneScoredOnAQuestionVersionAndEachSessionsPercentile() {
        String questionId = "q-" + UUID.randomUUID();
        List<String> texts = List.of(canonicalAnswerText(), "POST is idempotent.",
                "GET and PUT are idempotent; a retried POST may create a duplicate.", "I do not know.");
        List<UUID> sessions = new ArrayList<>();
        for (String text : texts) {
            sessions.add(completedSession(assessmentOf("rita"), "cand-" + sessions.size(), "backend-engineer", 1,
                    List.of(new Answered(questionId, "api-design", text))));
        }
        List<Integer> scores = sessions.stream().map(QuestionScoresTest::scoreOf).sorted().toList();

        JsonPath stats = scores("recruiter", "rita", questionId);

        assertThat(stats.getLong("count")).isEqualTo(4);
        assertThat(stats.getDouble("mean")).isCloseTo(scores.stream().mapToInt(Integer::intValue).average()
                .orElseThrow(), within(0.05));
        assertThat(stats.getList("percentiles.percentile", Integer.class)).containsExactly(25, 50, 75, 90);
        // percentile_cont interpolates between the two middle scores of four.
        assertThat(stats.getDouble("percentiles[1].score")).isCloseTo((scores.get(1) + scores.get(2)) / 2.0,
                within(0.05));
        assertThat(stats.getList("sessions.sessionId", String.class)).containsExactlyInAnyOrderElementsOf(
                sessions.stream().map(UUID::toString).toList());
        assertThat(stats.getList("sessions.score", Integer.class)).isSortedAccordingTo((a, b) -> b - a);
        // The best scores higher than all three others: 100; the lowest, than none: 0.
        assertThat(stats.getDouble("sessions[0].percentile")).isEqualTo(
                scores.get(3) > scores.get(2) ? 100.0 : stats.getDouble("sessions[1].percentile"));
        assertThat(stats.getDouble("sessions[3].percentile")).isEqualTo(0.0);
    }

    @Test
    void aRecruiterSeesOnlyHerOwnAssessmentsScoresNeverPracticeAndAnAdminSeesEveryone() {
        String questionId = "q-" + UUID.randomUUID();
        List<Answered> answer = List.of(new Answered(questionId, "api-design", canonicalAnswerText()));
        UUID hers = completedSession(assessmentOf("rita"), "ana", "backend-engineer", 1, answer);
        UUID his = completedSession(assessmentOf("rob"), "ben", "backend-engineer", 1, answer);
        UUID practice = completedSession("cid", "backend-engineer", 1, answer);

        JsonPath ritas = scores("recruiter", "rita", questionId);
        JsonPath admins = scores("admin", "ada", questionId);

        assertThat(ritas.getLong("count")).isEqualTo(1);
        assertThat(ritas.getList("sessions.sessionId")).containsExactly(hers.toString());
        assertThat(ritas.getList("percentiles.score", Double.class)).containsOnly((double) scoreOf(hers));
        assertThat(scores("recruiter", "rob", questionId).getList("sessions.sessionId"))
                .containsExactly(his.toString());
        assertThat(admins.getLong("count")).isEqualTo(3);
        assertThat(admins.getList("sessions.sessionId", String.class)).containsExactlyInAnyOrder(hers.toString(),
                his.toString(), practice.toString());
    }

    @Test
    void aQuestionVersionScoringHasNotHeardOfIs404AndCandidatesMayNotLook() {
        given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                .when().get(SCORES, "no-such-question", 1)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestInfrastructure.token("candidate", "cora"))
                .when().get(SCORES, "no-such-question", 1)
                .then().statusCode(403);
        given().when().get(SCORES, "no-such-question", 1).then().statusCode(401);
        given().auth().oauth2(TestInfrastructure.token("recruiter", "rita"))
                .when().get(SCORES, "Not A Slug", 1)
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static JsonPath scores(String role, String subject, String questionId) {
        return given().auth().oauth2(TestInfrastructure.token(role, subject))
                .when().get(SCORES, questionId, 1)
                .then().statusCode(200).extract().jsonPath();
    }

    private static int scoreOf(UUID sessionId) {
        return given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                .when().get("/api/v1/reports/{sessionId}", sessionId)
                .then().statusCode(200).extract().jsonPath().getInt("answers[0].score");
    }
}
