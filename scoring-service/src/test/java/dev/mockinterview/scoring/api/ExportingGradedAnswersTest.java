package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.testing.TestSessions.Answered;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestReviews.ASSESSMENT;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static dev.mockinterview.scoring.testing.TestReviews.ownerReviews;
import static dev.mockinterview.scoring.testing.TestSessions.completedSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ExportingGradedAnswersTest {
    private static final String EXPORT = "/api/v1/scoring/reviews/graded-answers.tsv";

    @Test
    void everyReviewedAnswerIsOneRowTheScorerEvaluationReadsGradedByItsFinalReview() throws IOException {
        String text = canonicalAnswerText() + "\tA tab,\r\nthen new lines\n\nand || pipes.";
        UUID sessionId = completedSession(ASSESSMENT, "tess", "backend-engineer", 2, List.of(
                new Answered("q-" + UUID.randomUUID(), "api-design", text),
                new Answered("q-" + UUID.randomUUID(), "api-design", canonicalAnswerText())));
        JsonPath report = awaitReport(sessionId, "COMPLETE");
        UUID reviewed = UUID.fromString(report.getString("answers[0].answerId"));
        ownerReviews(sessionId, reviewed, Map.of("score", 40, "reason", "First look."));
        ownerReviews(sessionId, reviewed, Map.of("score", 73, "reason", "Second look."));

        var response = given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                .when().get(EXPORT).then().statusCode(200).extract();

        assertThat(response.contentType()).startsWith("text/tab-separated-values");
        // Kept for a look, or for deploy/evaluate-scorer target/graded-answers.tsv.
        Files.writeString(Path.of("target", "graded-answers.tsv"), response.asString());
        // As the evaluation's GradedAnswers reads it: lines, cells at tabs, columns by header name.
        List<String> lines = response.asString().lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        assertThat(header).contains("question", "reference_answers", "student_answer", "grade", "corpus", "split");
        List<Map<String, String>> rows = lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
            String[] cells = line.split("\t", -1);
            assertThat(cells).as(line).hasSameSizeAs(header);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(header.get(i), cells[i]);
            }
            assertThat(Double.parseDouble(row.get("grade"))).isBetween(0.0, 1.0);
            assertThat(row.get("question")).isNotBlank();
            assertThat(row.get("reference_answers").split(" \\|\\| ")).hasSize(1);
            return row;
        }).toList();
        assertThat(rows).filteredOn(row -> row.get("answer_id").equals(reviewed.toString())).singleElement()
                .satisfies(row -> {
                    assertThat(row.get("grade")).isEqualTo("0.73");
                    assertThat(row.get("revision")).isEqualTo("2");
                    assertThat(row.get("machine_score")).isEqualTo(report.getString("answers[0].score"));
                    assertThat(row.get("split")).isEqualTo("reviewed");
                    assertThat(row.get("student_answer"))
                            .isEqualTo(canonicalAnswerText() + " A tab, then new lines and || pipes.");
                });
        assertThat(rows).noneMatch(row -> row.get("answer_id").equals(report.getString("answers[1].answerId")));
        given().auth().oauth2(TestInfrastructure.token("recruiter", "rita")).when().get(EXPORT)
                .then().statusCode(403);
    }
}
