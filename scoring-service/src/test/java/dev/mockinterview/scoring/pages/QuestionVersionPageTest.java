package dev.mockinterview.scoring.pages;

import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.scoring.testing.TestSessions.Answered;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.mockinterview.scoring.testing.TestEvents.assessmentOf;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestPages.RECRUITER;
import static dev.mockinterview.scoring.testing.TestPages.fetch;
import static dev.mockinterview.scoring.testing.TestPages.recruiterPage;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static dev.mockinterview.scoring.testing.TestSessions.completedSession;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class QuestionVersionPageTest {

    @Test
    void theChartHasOneBarPerNonEmptyBinOfTenPointsAndTheTableTheSameCountsOfTheRecruitersOwnSessions() {
        String questionId = "q-" + UUID.randomUUID();
        List<String> texts = List.of(canonicalAnswerText(), canonicalAnswerText(), "POST is idempotent.",
                "GET and PUT are idempotent; a retried POST may create a duplicate.", "I do not know.");
        List<UUID> sessions = new ArrayList<>();
        for (String text : texts) {
            sessions.add(completedSession(assessmentOf(RECRUITER), "cand-" + sessions.size(), "backend-engineer", 1,
                    List.of(new Answered(questionId, "api-design", text))));
        }
        // Neither another recruiter's candidate nor anyone's practice counts on this recruiter's page.
        completedSession(assessmentOf("someone-else"), "other", "backend-engineer", 1,
                List.of(new Answered(questionId, "api-design", canonicalAnswerText())));
        completedSession("practising", "backend-engineer", 1,
                List.of(new Answered(questionId, "api-design", "I do not know.")));
        Map<String, Long> expected = sessions.stream()
                .map(session -> awaitReport(session, "COMPLETE").getInt("answers[0].score"))
                .collect(Collectors.groupingBy(QuestionVersionPageTest::bin, TreeMap::new, Collectors.counting()));

        Document page = recruiterPage("/recruiter/questions/" + questionId + "/versions/1", 200);

        Element chart = page.selectFirst("figure.chart svg");
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.attr("aria-label")).isEqualTo("Histogram of 5 scores on " + questionId
                + " version 1, in bins of 10 points");
        assertThat(chart.selectFirst("title").text()).isEqualTo(chart.attr("aria-label"));
        assertThat(chart.select("rect.bar").eachText()).containsExactlyElementsOf(expected.entrySet().stream()
                .map(bin -> "Scores " + bin.getKey() + ": " + bin.getValue()
                        + (bin.getValue() == 1 ? " answer" : " answers")).toList());
        assertThat(chart.select("text.axis-label").eachText()).containsExactly("Score", "Answers");
        Map<String, String> table = page.select("table:has(caption:contains(score range)) tbody tr").stream()
                .collect(Collectors.toMap(row -> row.selectFirst("th").text(), row -> row.selectFirst("td").text()));
        assertThat(table).hasSize(10);
        expected.forEach((bin, count) -> assertThat(table).containsEntry(bin, String.valueOf(count)));
        assertThat(table.values().stream().mapToInt(Integer::parseInt).sum()).isEqualTo(5);
        assertThat(page.select("dl.facts dd").first().text()).isEqualTo("5");
        assertThat(page.select("dt").eachText()).contains("Mean", "25th percentile", "50th percentile",
                "75th percentile", "90th percentile");
        List<String> reportLinks = page.select("table:has(th:contains(Percentile)) tbody a").eachAttr("href");
        assertThat(reportLinks).containsExactlyInAnyOrderElementsOf(
                sessions.stream().map(session -> "/recruiter/reports/" + session).toList());
    }

    @Test
    void aVersionScoringHasNotHeardOfIs404() {
        fetch("recruiter", "/recruiter/questions/no-such-question/versions/1", 404);
    }

    private static String bin(int score) {
        int low = Math.min(score / 10, 9) * 10;
        return low + "-" + (low == 90 ? 100 : low + 9);
    }
}
