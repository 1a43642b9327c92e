package dev.mockinterview.scoring.pages;

import dev.mockinterview.testsupport.CapturedLogs;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.web.AdminReads;
import dev.mockinterview.scoring.testing.TestSessions.Answered;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestEvents.assessmentOf;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestPages.RECRUITER;
import static dev.mockinterview.scoring.testing.TestPages.fetch;
import static dev.mockinterview.scoring.testing.TestPages.parse;
import static dev.mockinterview.scoring.testing.TestPages.recruiterPage;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static dev.mockinterview.scoring.testing.TestSessions.completedSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ReportPageTest {
    private static final String PROMPT =
            "Which HTTP methods are idempotent, and why does it matter to a client that retries?";

    @Test
    void aReportShowsEveryKeyPointWithItsEvidenceHighlightedInTheEscapedAnswer() {
        String questionId = "q-" + UUID.randomUUID();
        String answer = canonicalAnswerText() + "\n<script>alert(1)</script> & that is all.";
        UUID sessionId = completedSession(assessmentOf(RECRUITER), "<b>carla</b>", "backend-engineer", 2,
                List.of(new Answered(questionId, "api-design", answer)));
        JsonPath report = awaitReport(sessionId, "COMPLETE");
        List<Map<String, Object>> findings = report.getList("answers[0].keyPoints");

        Document page = recruiterPage("/recruiter/reports/" + sessionId, 200);
        String html = fetch("recruiter", "/recruiter/reports/" + sessionId, 200).asString();

        assertThat(page.selectFirst("h1").text()).isEqualTo("Report of <b>carla</b>");
        assertThat(page.text()).contains(report.getString("overallScore"))
                .contains("Question 1: " + questionId).contains(PROMPT)
                .contains(report.getString("answers[0].scorerVersion"));
        Element card = page.selectFirst("section:has(h3)");
        assertThat(card.selectFirst("a[href=/recruiter/questions/" + questionId + "/versions/1]").text())
                .isEqualTo("Version 1");
        List<Element> rows = card.select("tbody tr");
        assertThat(rows).hasSameSizeAs(findings);
        for (int i = 0; i < findings.size(); i++) {
            Map<String, Object> finding = findings.get(i);
            Element row = rows.get(i);
            assertThat(row.selectFirst("th").text()).isEqualTo(finding.get("text"));
            assertThat(row.select("td").get(1).text()).isEqualTo(((String) finding.get("status")).toLowerCase());
            assertThat(Double.parseDouble(row.select("td").get(2).text()))
                    .isCloseTo(((Number) finding.get("similarity")).doubleValue(), within(0.0051));
        }
        List<String> evidence = findings.stream().map(finding -> (String) finding.get("evidence"))
                .filter(Objects::nonNull).distinct().toList();
        assertThat(evidence).isNotEmpty();
        assertThat(card.select(".answer-text mark.evidence").eachText())
                .allSatisfy(marked -> assertThat(evidence).anySatisfy(e -> assertThat(e).contains(marked)));
        assertThat(String.join("", card.select(".answer-text mark.evidence").eachText()))
                .contains(evidence.get(0));
        assertThat(card.selectFirst(".answer-text").wholeText()).isEqualTo(answer);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; that is all.")
                .doesNotContain("<script>alert(1)").doesNotContain("<b>carla</b>");
    }

    @Test
    void anotherRecruitersAssessmentAndPracticeAre404AndAnAdminsReadOfPracticeIsOnTheAuditTrail() {
        List<Answered> answer = List.of(new Answered("q-" + UUID.randomUUID(), "api-design", canonicalAnswerText()));
        UUID others = completedSession(assessmentOf("someone-else"), "carla", "backend-engineer", 1, answer);
        UUID practice = completedSession("carla", "backend-engineer", 1, answer);

        try (CapturedLogs logs = CapturedLogs.start()) {
            assertThat(fetch("recruiter", "/recruiter/reports/" + others, 404).asString()).doesNotContain("carla");
            assertThat(fetch("recruiter", "/recruiter/reports/" + practice, 404).asString()).doesNotContain("carla");
            Document page = parse(fetch("admin", "admin-user", "/recruiter/reports/" + practice, 200));

            assertThat(page.selectFirst("h1").text()).isEqualTo("Report of carla");
            assertThat(logs.lines()).filteredOn(line -> line.logger().equals(AdminReads.CATEGORY))
                    .extracting(CapturedLogs.Line::message).containsExactly("admin-read-practice admin=admin-user"
                            + " candidate=carla session=" + practice + " what=report page");
        }
    }

    @Test
    void anUnknownOrMalformedSessionIs404() {
        fetch("recruiter", "/recruiter/reports/" + UUID.randomUUID(), 404);
        fetch("recruiter", "/recruiter/reports/not-a-session", 404);
    }
}
