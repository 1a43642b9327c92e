package dev.mockinterview.scoring.pages;

import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.CapturedLogs;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.scoring.testing.TestSessions.Answered;
import dev.mockinterview.scoring.testing.TestSessions.RunningSession;
import dev.mockinterview.web.AdminReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.mockinterview.scoring.testing.TestEvents.assessmentOf;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestEvents.hidingFeedback;
import static dev.mockinterview.scoring.testing.TestEvents.sessionCompleted;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static dev.mockinterview.scoring.testing.TestSessions.completedSession;
import static dev.mockinterview.scoring.testing.TestSessions.runningSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ReadingFeedbackOnItsPageTest {
    private static final Pattern EVIDENCE = Pattern.compile("<mark class=\"evidence\">(.*?)</mark\\s*>", Pattern.DOTALL);
    private static final String MARKUP = "<script>alert(1)</script>";

    @Test
    void aCompleteReportShowsTheScoresEveryKeyPointAndTheAnswerWithItsEvidenceHighlighted() {
        UUID sessionId = completedSession("fiona", "backend-engineer", 2,
                List.of(new Answered("feedback-" + UUID.randomUUID(), "api-design", canonicalAnswerText())));
        JsonPath report = awaitReport(sessionId, "COMPLETE");

        String page = feedbackPage(sessionId, "candidate", "fiona", 200);

        assertThat(Jsoup.parse(page).select("#answers-heading + .notice").text())
                .isEqualTo("Not answered, each counting as 0: question 2.");
        assertThat(page).contains("Overall score", report.getString("overallScore"), "1 of 2 questions answered",
                "Scores by topic", "api-design", "Which HTTP methods are idempotent", "Your answer", "Model answer",
                "unless the server supports an idempotency key")
                .doesNotContain("Scoring in progress");
        List<Map<String, Object>> keyPoints = report.getList("answers[0].keyPoints");
        List<String> highlighted = highlightedIn(page);
        for (Map<String, Object> point : keyPoints) {
            String status = ((String) point.get("status")).toLowerCase();
            assertThat(page).contains(escaped((String) point.get("text")), ">" + status + "</span>");
            if (point.get("evidence") != null) {
                assertThat(highlighted).anySatisfy(mark -> assertThat(mark).contains(
                        escaped((String) point.get("evidence"))));
            }
        }
        assertThat(highlighted).as("the canonical answer earns key points").isNotEmpty();
    }

    @Test
    void markupInAnAnswerIsShownAsTextInTheAnswerAndItsEvidence() {
        UUID sessionId = completedSession("fiona", "backend-engineer", 1, List.of(new Answered(
                "feedback-" + UUID.randomUUID(), "api-design", MARKUP + " " + canonicalAnswerText())));

        String page = feedbackPage(sessionId, "candidate", "fiona", 200);

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(highlightedIn(page)).isNotEmpty().noneSatisfy(mark -> assertThat(mark).contains("<script"));
    }

    @Test
    void aPendingReportSaysScoringIsInProgressAndItsPollingStopsOnceComplete() {
        RunningSession running = runningSession("fiona",
                List.of(new Answered("feedback-" + UUID.randomUUID(), "api-design", canonicalAnswerText())));
        UUID sessionId = running.sessionId();

        String pending = feedbackPage(sessionId, "candidate", "fiona", 200);
        assertThat(pending).contains("Scoring in progress", "hx-trigger=\"every 3s\"")
                .doesNotContain("Overall score", "Model answer");

        KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(),
                sessionCompleted(sessionId, "fiona", 1, running.answerIds()));
        awaitReport(sessionId, "COMPLETE");

        String polled = given().auth().oauth2(TestInfrastructure.token("candidate", "fiona"))
                .header("HX-Request", "true")
                .get("/feedback/{sessionId}", sessionId)
                .then().statusCode(200).extract().asString();
        assertThat(polled).startsWith("<div id=\"report\"").contains("Overall score", "Model answer")
                .doesNotContain("<html", "hx-trigger", "Scoring in progress");
    }

    @Test
    void anotherCandidateAndAnotherRecruiterFindNoFeedbackTheRecruiterWhoOwnsTheAssessmentReadsIt() {
        UUID sessionId = completedSession(assessmentOf("rita"), "fiona", "backend-engineer", 1,
                List.of(new Answered("feedback-" + UUID.randomUUID(), "api-design", canonicalAnswerText())));

        assertThat(feedbackPage(sessionId, "candidate", "ivan", 404)).contains("No feedback")
                .doesNotContain("fiona", "Overall score");
        assertThat(feedbackPage(sessionId, "recruiter", "rob", 404)).contains("No feedback")
                .doesNotContain("fiona", "Overall score");
        assertThat(feedbackPage(sessionId, "recruiter", "rita", 200))
                .contains("Overall score", "The candidate's answer");
        assertThat(feedbackPage(UUID.randomUUID(), "candidate", "fiona", 404)).contains("No feedback");
    }

    @Test
    void practiceFeedbackIsTheCandidatesAndAnAdminsNoRecruitersAndTheAdminsReadIsOnTheAuditTrail() {
        UUID sessionId = completedSession("fiona", "backend-engineer", 1,
                List.of(new Answered("feedback-" + UUID.randomUUID(), "api-design", canonicalAnswerText())));

        try (CapturedLogs logs = CapturedLogs.start()) {
            assertThat(feedbackPage(sessionId, "recruiter", "rita", 404)).doesNotContain("fiona", "Overall score");
            assertThat(feedbackPage(sessionId, "candidate", "fiona", 200)).contains("Overall score", "Your answer");
            assertThat(feedbackPage(sessionId, "admin", "ada", 200)).contains("Overall score");

            assertThat(logs.lines()).filteredOn(line -> line.logger().equals(AdminReads.CATEGORY))
                    .extracting(CapturedLogs.Line::message).containsExactly("admin-read-practice admin=ada"
                            + " candidate=fiona session=" + sessionId + " what=feedback page");
        }
    }

    @Test
    void theCandidateOfAnAssessmentThatHidesFeedbackSeesTheInterviewIsCompleteAndTheirAnswersButNoScore() {
        UUID sessionId = completedSession(hidingFeedback("rita"), "fiona", "backend-engineer", 2,
                List.of(new Answered("feedback-" + UUID.randomUUID(), "api-design", canonicalAnswerText())));
        JsonPath report = awaitReport(sessionId, "COMPLETE");
        String keyPoint = report.getString("answers[0].keyPoints[0].text");

        String page = feedbackPage(sessionId, "candidate", "fiona", 200);

        assertThat(Jsoup.parse(page).selectFirst("[role=status]").text())
                .isEqualTo("Your interview is complete. The recruiter will share your results with you.");
        assertThat(page).contains("Which HTTP methods are idempotent", "Your answer", canonicalAnswerText())
                .doesNotContain("Overall score", "Score <strong>", "Scores by topic", "band-", "Key points",
                        escaped(keyPoint), "Model answer", "unless the server supports an idempotency key", "<mark",
                        "hx-trigger");
        assertThat(feedbackPage(sessionId, "recruiter", "rita", 200)).contains("Overall score", "Key points",
                "Model answer");
    }

    @Test
    void aSessionScoringHasNotHeardOfYetIsPolledUntilItsFeedbackArrives() {
        UUID justEnded = UUID.randomUUID();

        Document page = Jsoup.parse(feedbackPage(justEnded, "candidate", "fiona", 404));

        Element waiting = page.selectFirst("#report");
        assertThat(waiting).isNotNull();
        assertThat(waiting.attr("hx-get")).isEqualTo("/feedback/" + justEnded);
        assertThat(waiting.attr("hx-trigger")).isEqualTo("every 3s");
        assertThat(waiting.attr("hx-swap")).isEqualTo("outerHTML");
        assertThat(waiting.select("h1").text()).isEqualTo("No feedback yet");
    }

    private static String feedbackPage(UUID sessionId, String role, String subject, int status) {
        return given().auth().oauth2(TestInfrastructure.token(role, subject))
                .get("/feedback/{sessionId}", sessionId)
                .then().statusCode(status).extract().asString();
    }

    private static List<String> highlightedIn(String page) {
        List<String> marks = new ArrayList<>();
        Matcher mark = EVIDENCE.matcher(page);
        while (mark.find()) {
            marks.add(mark.group(1));
        }
        return marks;
    }

    // As Qute escapes text in HTML templates.
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
