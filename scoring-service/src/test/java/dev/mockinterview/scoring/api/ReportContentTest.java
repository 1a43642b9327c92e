package dev.mockinterview.scoring.api;

import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.scoring.domain.AnswerScorer;
import dev.mockinterview.scoring.domain.QuestionVersion;
import dev.mockinterview.scoring.domain.ScoredAnswer;
import dev.mockinterview.scoring.testing.TestSessions.Answered;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestSessions.completedSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ReportContentTest {
    private static final String WEAK_ANSWER = "POST is idempotent. Retries are fine.";

    @Inject
    AnswerScorer scorer;

    @Test
    void aCompleteReportHoldsTheScorePerTopicTheTimeTakenAndEachAnswersFindings() {
        String apiQuestion = "api-" + UUID.randomUUID();
        String dbQuestion = "db-" + UUID.randomUUID();
        UUID sessionId = completedSession("cleo", "backend-engineer", 3, List.of(
                new Answered(apiQuestion, "api-design", canonicalAnswerText()),
                new Answered(dbQuestion, "databases", WEAK_ANSWER)));

        JsonPath report = readAsOwner(sessionId, "cleo");

        assertThat(report.getString("status")).isEqualTo("COMPLETE");
        assertThat(report.getString("role")).isEqualTo("backend-engineer");
        assertThat(report.getString("endedAs")).isEqualTo("FINISHED");
        assertThat(report.getInt("questionCount")).isEqualTo(3);
        int apiScore = report.getInt("answers[0].score");
        int dbScore = report.getInt("answers[1].score");
        assertThat(report.getDouble("overallScore")).isCloseTo((apiScore + dbScore) / 3.0, within(0.05));
        assertThat(report.getList("topicScores.topic")).containsExactly("api-design", "databases");
        assertThat(report.getDouble("topicScores[0].score")).isEqualTo(apiScore);
        assertThat(report.getDouble("topicScores[1].score")).isEqualTo(dbScore);
        assertThat(report.getList("topicScores.answers", Integer.class)).containsExactly(1, 1);
        // Each answer of the canonical example took 95 s.
        assertThat(report.getLong("timeTakenMillis")).isEqualTo(2 * 95_000L);
        assertThat(report.getList("answers.topic")).containsExactly("api-design", "databases");
        assertThat(report.getString("answers[0].band")).isEqualTo(ScoredAnswer.Band.of(apiScore).name());
        assertTheAnswerShowsWhatTheScorerFound(report, 0, apiQuestion, canonicalAnswerText());
        assertTheAnswerShowsWhatTheScorerFound(report, 1, dbQuestion, WEAK_ANSWER);
    }

    @Test
    void theStrongestAndWeakestKeyPointsComeFromTheAnswersFindingsWithTheirEvidence() {
        UUID sessionId = completedSession("cleo", "backend-engineer", 2, List.of(
                new Answered("api-" + UUID.randomUUID(), "api-design", canonicalAnswerText()),
                new Answered("db-" + UUID.randomUUID(), "databases", WEAK_ANSWER)));

        JsonPath report = readAsOwner(sessionId, "cleo");

        List<Map<String, Object>> findings = report.getList("answers.keyPoints.flatten()");
        List<Map<String, Object>> strongest = report.getList("strongestKeyPoints");
        List<Map<String, Object>> weakest = report.getList("weakestKeyPoints");
        assertThat(strongest).hasSize((int) Math.min(3, findings.stream()
                .filter(point -> "COVERED".equals(point.get("status"))).count()));
        assertThat(weakest).hasSize((int) Math.min(3, findings.stream()
                .filter(point -> !"COVERED".equals(point.get("status"))).count()));
        assertThat(strongest).allSatisfy(point -> assertThat(point.get("status")).isEqualTo("COVERED"));
        assertThat(weakest).allSatisfy(point -> assertThat(point.get("status")).isNotEqualTo("COVERED"));
        for (Map<String, Object> point : strongest) {
            assertThat(point.get("evidence")).isNotNull();
            assertThat(canonicalAnswerText() + WEAK_ANSWER).contains((String) point.get("evidence"));
        }
    }

    private void assertTheAnswerShowsWhatTheScorerFound(JsonPath report, int index, String questionId, String text) {
        ScoredAnswer expected = scorer.score(text, QuarkusTransaction.requiringNew().call(
                () -> QuestionVersion.<QuestionVersion>findById(new QuestionVersion.Key(questionId, 1))));
        String answer = "answers[" + index + "].";
        assertThat(report.getInt(answer + "score")).isEqualTo(expected.score());
        assertThat(report.getString(answer + "scorerVersion")).isEqualTo(expected.scorerVersion());
        assertThat(report.getList(answer + "flags")).containsExactlyElementsOf(
                expected.flags().stream().map(Enum::name).toList());
        assertThat(report.getList(answer + "keyPoints.text")).containsExactlyElementsOf(
                expected.keyPoints().stream().map(ScoredAnswer.KeyPointFinding::text).toList());
        assertThat(report.getList(answer + "keyPoints.status")).containsExactlyElementsOf(
                expected.keyPoints().stream().map(point -> point.status().name()).toList());
        assertThat(report.getList(answer + "keyPoints.evidence")).containsExactlyElementsOf(
                expected.keyPoints().stream().map(ScoredAnswer.KeyPointFinding::evidence).toList());
        assertThat(report.getList(answer + "earlierScores")).isEmpty();
    }

    private static JsonPath readAsOwner(UUID sessionId, String candidateId) {
        return given().auth().oauth2(TestInfrastructure.token("candidate", candidateId))
                .when().get("/api/v1/reports/{sessionId}", sessionId)
                .then().statusCode(200)
                .extract().jsonPath();
    }
}
