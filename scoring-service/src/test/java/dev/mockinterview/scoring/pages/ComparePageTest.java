package dev.mockinterview.scoring.pages;

import dev.mockinterview.scoring.domain.Assessment;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.scoring.testing.TestSessions.Answered;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestEvents.assessmentOf;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestPages.RECRUITER;
import static dev.mockinterview.scoring.testing.TestPages.recruiterPage;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static dev.mockinterview.scoring.testing.TestSessions.completedSession;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ComparePageTest {

    @Test
    void twoCandidatesSideBySideShowEachKeyPointsStatusAndNotAskedWhereTheyDidNotGetTheQuestion() {
        String shared = "q-" + UUID.randomUUID();
        String onlyFirst = "q-" + UUID.randomUUID();
        Assessment assessment = assessmentOf(RECRUITER);
        UUID first = completedSession(assessment, "<i>ivy</i>", "backend-engineer", 2, List.of(
                new Answered(shared, "api-design", canonicalAnswerText()),
                new Answered(onlyFirst, "reliability", "POST is idempotent.")));
        UUID second = completedSession(assessment, "jon", "backend-engineer", 1, List.of(
                new Answered(shared, "api-design", "POST is idempotent. Retries are fine.")));
        JsonPath firstReport = awaitReport(first, "COMPLETE");
        JsonPath secondReport = awaitReport(second, "COMPLETE");

        Document page = recruiterPage("/recruiter/compare?session=" + first + "&session=" + second, 200);

        assertThat(page.select("thead th[scope=col] a").eachText()).containsExactly("<i>ivy</i>", "jon");
        assertThat(page.select("thead th[scope=col] .assessment").eachText()).containsExactly(assessment.title(),
                assessment.title());
        assertThat(row(page, "Overall score").select("td").eachText()).containsExactly(
                firstReport.getString("overallScore"), secondReport.getString("overallScore"));
        assertThat(row(page, "Topic: reliability").select("td").eachText()).containsExactly(
                firstReport.getString("topicScores.find { it.topic == 'reliability' }.score"), "none");
        List<Element> groups = page.select("tbody:has(th[scope=colgroup])");
        assertThat(groups).extracting(group -> group.selectFirst("th[scope=colgroup] a").text())
                .containsExactly(shared + ", version 1", onlyFirst + ", version 1");
        List<String> keyPoints = firstReport.getList("answers[0].keyPoints.text", String.class);
        assertThat(groups.get(0).select("th[scope=row]").eachText()).containsExactlyElementsOf(keyPoints);
        for (int i = 0; i < keyPoints.size(); i++) {
            List<Element> cells = groups.get(0).select("tr:has(th[scope=row])").get(i).select("td");
            assertThat(cells.get(0).selectFirst(".status").text()).isEqualTo(
                    firstReport.getString("answers[0].keyPoints[" + i + "].status").toLowerCase());
            assertThat(cells.get(1).selectFirst(".status").text()).isEqualTo(
                    secondReport.getString("answers[0].keyPoints[" + i + "].status").toLowerCase());
        }
        for (Element keyPoint : groups.get(1).select("tr:has(th[scope=row])")) {
            assertThat(keyPoint.select("td").get(0).selectFirst(".status")).isNotNull();
            assertThat(keyPoint.select("td").get(1).text()).isEqualTo("not asked");
        }
        assertThat(page.html()).contains("&lt;i&gt;ivy&lt;/i&gt;");
    }

    @Test
    void aReportOfAnotherRecruitersAssessmentOrOfPracticeIsNotThereToCompare() {
        List<Answered> answer = List.of(new Answered("q-" + UUID.randomUUID(), "api-design", canonicalAnswerText()));
        UUID mine = completedSession(assessmentOf(RECRUITER), "ivy", "backend-engineer", 1, answer);
        UUID others = completedSession(assessmentOf("someone-else"), "jon", "backend-engineer", 1, answer);
        UUID practice = completedSession("kim", "backend-engineer", 1, answer);

        for (UUID hidden : List.of(others, practice)) {
            Document page = recruiterPage("/recruiter/compare?session=" + mine + "&session=" + hidden, 404);

            assertThat(page.selectFirst("[role=alert]").text()).isEqualTo("There is no report of session " + hidden
                    + ".");
            assertThat(page.text()).doesNotContain("jon", "kim");
        }
    }

    @Test
    void fewerThanTwoOrMoreThanFourReportsAreRefusedWithAMessage() {
        StringBuilder five = new StringBuilder("/recruiter/compare?session=" + UUID.randomUUID());
        for (int i = 0; i < 4; i++) {
            five.append("&session=").append(UUID.randomUUID());
        }

        Document one = recruiterPage("/recruiter/compare?session=" + UUID.randomUUID(), 400);
        Document none = recruiterPage("/recruiter/compare", 400);
        Document tooMany = recruiterPage(five.toString(), 400);
        Document unknown = recruiterPage("/recruiter/compare?session=" + UUID.randomUUID() + "&session=x", 404);

        assertThat(one.selectFirst("[role=alert]").text()).isEqualTo(
                "Choose two to four reports to compare; 1 was chosen.");
        assertThat(none.selectFirst("[role=alert]").text()).isEqualTo(
                "Choose two to four reports to compare; 0 were chosen.");
        assertThat(tooMany.selectFirst("[role=alert]").text()).isEqualTo(
                "Choose two to four reports to compare; 5 were chosen.");
        assertThat(unknown.selectFirst("[role=alert]").text()).startsWith("There is no report of session ");
    }

    private static Element row(Document page, String label) {
        return page.select("tr:has(th[scope=row])").stream()
                .filter(row -> row.selectFirst("th").text().equals(label)).findFirst().orElseThrow();
    }
}
