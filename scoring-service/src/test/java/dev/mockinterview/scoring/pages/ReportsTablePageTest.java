package dev.mockinterview.scoring.pages;

import dev.mockinterview.scoring.domain.Assessment;
import dev.mockinterview.scoring.testing.TestPages;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.scoring.testing.TestSessions.Answered;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestEvents.assessmentOf;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestPages.RECRUITER;
import static dev.mockinterview.scoring.testing.TestPages.fetch;
import static dev.mockinterview.scoring.testing.TestPages.recruiterPage;
import static dev.mockinterview.scoring.testing.TestSessions.completedSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ReportsTablePageTest {
    private static final String WEAK_ANSWER = "POST is idempotent. Retries are fine.";
    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-11-25T10:00:00Z");
    // The sessions the recruiter should see are taken for an assessment of theirs.
    private final Assessment mine = assessmentOf(RECRUITER);

    @Test
    void theFiltersNarrowTheRowsAndTheTotal() {
        String role = uniqueRole();
        String topicA = "topic-" + UUID.randomUUID();
        String topicB = "topic-" + UUID.randomUUID();
        UUID ana1 = completedSession(mine, "ana", role, 1, MONDAY, List.of(answered(topicA, canonicalAnswerText())));
        UUID ben = completedSession(mine, "ben", role, 1, TUESDAY, List.of(answered(topicB, WEAK_ANSWER)));
        UUID ana2 = completedSession(mine, "ana", role, 2, WEDNESDAY, List.of(answered(topicB, canonicalAnswerText()),
                answered(topicA, WEAK_ANSWER)));

        Document all = reports("role=" + role);
        Document ana = reports("role=" + role + "&candidate=ana");
        Document topic = reports("role=" + role + "&topic=" + topicB + "&candidate=ben");
        Document tuesday = reports("role=" + role + "&completedFrom=2026-11-24&completedTo=2026-11-24");
        Document fromTuesday = reports("role=" + role + "&completedFrom=2026-11-24");

        assertThat(sessionIds(all)).containsExactlyInAnyOrder(ana1, ben, ana2);
        assertThat(showing(all)).isEqualTo("Showing 1-3 of 3");
        assertThat(sessionIds(ana)).containsExactlyInAnyOrder(ana1, ana2);
        assertThat(showing(ana)).isEqualTo("Showing 1-2 of 2");
        assertThat(sessionIds(topic)).containsExactly(ben);
        assertThat(sessionIds(tuesday)).containsExactly(ben);
        assertThat(showing(tuesday)).isEqualTo("Showing 1-1 of 1");
        assertThat(sessionIds(fromTuesday)).containsExactlyInAnyOrder(ben, ana2);
        assertThat(showing(reports("role=" + role + "&candidate=nobody"))).isEqualTo("No reports match.");
        // The form shows the filter in force.
        assertThat(ana.getElementById("candidate").val()).isEqualTo("ana");
        assertThat(ana.select("#role option[selected]").val()).isEqualTo(role);
        assertThat(tuesday.getElementById("completedTo").val()).isEqualTo("2026-11-24");
    }

    @Test
    void theScoreRangeKeepsTheReportsBetweenItsEnds() {
        String role = uniqueRole();
        String topic = "topic-" + UUID.randomUUID();
        UUID weak = completedSession(mine, "wes", role, 1, MONDAY, List.of(answered(topic, WEAK_ANSWER)));
        UUID strong = completedSession(mine, "sam", role, 1, TUESDAY, List.of(answered(topic, canonicalAnswerText())));
        double weakScore = scoreOf(reports("role=" + role), weak);
        double strongScore = scoreOf(reports("role=" + role), strong);
        assertThat(strongScore).isGreaterThan(weakScore);

        Document aboveWeak = reports("role=" + role + "&minScore=" + (weakScore + 0.1));
        Document upToWeak = reports("role=" + role + "&minScore=0&maxScore=" + weakScore);

        assertThat(sessionIds(aboveWeak)).containsExactly(strong);
        assertThat(sessionIds(upToWeak)).containsExactly(weak);
    }

    @Test
    void theTableSortsByScoreOrDateFromItsHeadersAndPagesThroughWithTheTotal() {
        String role = uniqueRole();
        String topic = "topic-" + UUID.randomUUID();
        UUID monday = completedSession(mine, "mo", role, 1, MONDAY, List.of(answered(topic, WEAK_ANSWER)));
        UUID tuesday = completedSession(mine, "tu", role, 1, TUESDAY, List.of(answered(topic, canonicalAnswerText())));
        UUID wednesday = completedSession(mine, "we", role, 3, WEDNESDAY,
                List.of(answered(topic, canonicalAnswerText())));

        Document byDate = reports("role=" + role);
        assertThat(sessionIds(byDate)).containsExactly(wednesday, tuesday, monday);
        assertThat(header(byDate, "Completed").attr("aria-sort")).isEqualTo("descending");
        assertThat(header(byDate, "Score").hasAttr("aria-sort")).isFalse();

        Document byScore = follow(header(byDate, "Score").selectFirst("a"));
        assertThat(header(byScore, "Score").attr("aria-sort")).isEqualTo("descending");
        assertThat(scores(byScore)).isSortedAccordingTo(Comparator.reverseOrder()).hasSize(3);
        Document byScoreAscending = follow(header(byScore, "Score").selectFirst("a"));
        assertThat(header(byScoreAscending, "Score").attr("aria-sort")).isEqualTo("ascending");
        assertThat(scores(byScoreAscending)).isSortedAccordingTo(Comparator.naturalOrder());
        Document oldestFirst = follow(header(follow(header(byScore, "Completed").selectFirst("a")), "Completed")
                .selectFirst("a"));
        assertThat(sessionIds(oldestFirst)).containsExactly(monday, tuesday, wednesday);

        Document firstPage = reports("role=" + role + "&size=2");
        assertThat(showing(firstPage)).isEqualTo("Showing 1-2 of 3");
        assertThat(sessionIds(firstPage)).containsExactly(wednesday, tuesday);
        assertThat(link(firstPage, "Previous")).isNull();
        Document secondPage = follow(link(firstPage, "Next"));
        assertThat(showing(secondPage)).isEqualTo("Showing 3-3 of 3");
        assertThat(sessionIds(secondPage)).containsExactly(monday);
        assertThat(link(secondPage, "Next")).isNull();
        assertThat(sessionIds(follow(link(secondPage, "Previous")))).containsExactly(wednesday, tuesday);
    }

    @Test
    void eachRowLinksToItsReportAndOffersItsCandidateForComparison() {
        String role = uniqueRole();
        UUID sessionId = completedSession(mine, "<script>alert(1)</script>", role, 1, MONDAY,
                List.of(answered("topic-" + UUID.randomUUID(), canonicalAnswerText())));

        Document page = reports("role=" + role);
        String html = fetch("recruiter", "/recruiter/reports?role=" + role, 200).asString();

        Element row = page.selectFirst("tbody tr");
        Element checkbox = row.selectFirst("input[type=checkbox]");
        assertThat(page.selectFirst("label[for=" + checkbox.id() + "]").text())
                .isEqualTo("<script>alert(1)</script>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(checkbox.attr("name")).isEqualTo("session");
        assertThat(checkbox.val()).isEqualTo(sessionId.toString());
        assertThat(checkbox.closest("form").attr("action")).isEqualTo("/recruiter/compare");
        assertThat(checkbox.closest("form").select("button").text()).isEqualTo("Compare selected");
        assertThat(link(page, "Open report").attr("href")).isEqualTo("/recruiter/reports/" + sessionId);
    }

    @Test
    void theTableNamesEachAssessmentFiltersByOneAndNeverShowsPracticeOrAnotherRecruitersSessions()
            throws IOException {
        String role = uniqueRole();
        String topic = "topic-" + UUID.randomUUID();
        Assessment alsoMine = assessmentOf(RECRUITER);
        UUID first = completedSession(mine, "ana", role, 1, MONDAY, List.of(answered(topic, canonicalAnswerText())));
        UUID second = completedSession(alsoMine, "ben", role, 1, TUESDAY, List.of(answered(topic, WEAK_ANSWER)));
        completedSession("ana", role, 1, WEDNESDAY, List.of(answered(topic, canonicalAnswerText())));
        completedSession(assessmentOf("someone-else"), "cid", role, 1, WEDNESDAY,
                List.of(answered(topic, canonicalAnswerText())));

        Document all = reports("role=" + role);
        Document one = reports("role=" + role + "&assessment=" + mine.assessmentId());

        assertThat(sessionIds(all)).containsExactly(second, first);
        assertThat(showing(all)).isEqualTo("Showing 1-2 of 2");
        assertThat(all.select("tbody tr").stream().map(row -> row.select("td").get(1).text()))
                .containsExactly(alsoMine.title(), mine.title());
        assertThat(all.select("#assessment option").eachText()).contains(mine.title(), alsoMine.title())
                .doesNotContain("Practice");
        assertThat(all.select("#role option").eachText()).contains(role);
        assertThat(sessionIds(one)).containsExactly(first);
        assertThat(one.select("#assessment option[selected]").val()).isEqualTo(mine.assessmentId().toString());
        for (String csvLink : List.of("Download CSV", "Download CSV per answer")) {
            List<CSVRecord> rows = parse(csv(link(one, csvLink).attr("href")));
            assertThat(rows).extracting(row -> row.get("session_id")).containsExactly(first.toString());
            assertThat(rows).extracting(row -> row.get("assessment_title")).containsExactly(mine.title());
        }
    }

    @Test
    void anAdminsTableListsPracticeToo() {
        String role = uniqueRole();
        UUID practice = completedSession("ana", role, 1, MONDAY,
                List.of(answered("topic-" + UUID.randomUUID(), canonicalAnswerText())));

        Document page = TestPages.parse(fetch("admin", "/recruiter/reports?role=" + role, 200));

        assertThat(sessionIds(page)).containsExactly(practice);
        assertThat(page.selectFirst("tbody tr").select("td").get(1).text()).isEqualTo("Practice");
        assertThat(sessionIds(reports("role=" + role))).isEmpty();
    }

    @Test
    void badFiltersShowTheFormAgainWithAMessageNextToTheField() {
        Document inverted = recruiterPage("/recruiter/reports?minScore=80&maxScore=20&candidate=kim", 400);
        Document notADate = recruiterPage("/recruiter/reports?completedFrom=yesterday", 400);
        Document notANumber = recruiterPage("/recruiter/reports?maxScore=lots", 400);
        Document outOfRange = recruiterPage("/recruiter/reports?maxScore=101", 400);
        Document notAnAssessment = recruiterPage("/recruiter/reports?assessment=december", 400);

        assertThat(messageFor(inverted, "minScore")).isEqualTo("Minimum score must not be greater than Maximum score.");
        assertThat(inverted.getElementById("minScore").val()).isEqualTo("80");
        assertThat(inverted.getElementById("candidate").val()).isEqualTo("kim");
        assertThat(inverted.select("tbody tr")).isEmpty();
        assertThat(messageFor(notADate, "completedFrom"))
                .isEqualTo("Completed from must be a date such as 2026-11-28.");
        assertThat(notADate.getElementById("completedFrom").val()).isEqualTo("yesterday");
        assertThat(messageFor(notANumber, "maxScore")).isEqualTo("Maximum score must be a number from 0 to 100.");
        assertThat(messageFor(outOfRange, "maxScore")).startsWith("Maximum score must be less than or equal to 100");
        assertThat(messageFor(notAnAssessment, "assessment")).isEqualTo("Assessment must be a UUID.");
        assertThat(inverted.text()).doesNotContain("Exception");
    }

    @Test
    void theCsvLinksExportExactlyTheFilterShownWithFormulaCellsNeutralised() throws IOException {
        String role = uniqueRole();
        String topic = "topic-" + UUID.randomUUID();
        String hostileCandidate = "=HYPERLINK(\"http://evil.example\",\"x\")";
        String hostileAnswer = "-1+1, said the \"candidate\"\nand =SUM(A1) on a second line";
        UUID hostile = completedSession(mine, hostileCandidate, role, 1, MONDAY,
                List.of(answered(topic, hostileAnswer)));
        completedSession(mine, "left-out", role, 1, TUESDAY, List.of(answered(topic, canonicalAnswerText())));
        Document page = reports("role=" + role + "&candidate=" + URLEncoder.encode(hostileCandidate,
                StandardCharsets.UTF_8) + "&sort=score");

        String perSession = csv(link(page, "Download CSV").attr("href"));
        String perAnswer = csv(link(page, "Download CSV per answer").attr("href"));

        List<CSVRecord> sessions = parse(perSession);
        assertThat(sessions).extracting(row -> row.get("session_id")).containsExactly(hostile.toString());
        assertThat(sessions.get(0).get("candidate_id")).isEqualTo("'" + hostileCandidate);
        List<CSVRecord> answers = parse(perAnswer);
        assertThat(answers).extracting(row -> row.get("session_id")).containsExactly(hostile.toString());
        assertThat(answers.get(0).get("answer")).isEqualTo("'" + hostileAnswer);
    }

    @Test
    void onlyRecruitersAndAdminsSeeTheRecruiterPages() {
        UUID anySession = UUID.randomUUID();
        List<String> paths = List.of("/recruiter/reports", "/recruiter/reports.csv",
                "/recruiter/reports/" + anySession, "/recruiter/questions/any-question/versions/1",
                "/recruiter/compare?session=" + anySession + "&session=" + UUID.randomUUID());
        for (String path : paths) {
            fetch("candidate", path, 403);
            given().when().get(path).then().statusCode(401);
        }
        fetch("admin", "/recruiter/reports", 200);
    }

    private static Document reports(String query) {
        return recruiterPage("/recruiter/reports?" + query, 200);
    }

    private static Document follow(Element link) {
        assertThat(link).as("link").isNotNull();
        return recruiterPage(link.attr("href"), 200);
    }

    private static List<UUID> sessionIds(Document page) {
        return page.select("tbody input[name=session]").stream().map(box -> UUID.fromString(box.val())).toList();
    }

    private static List<Double> scores(Document page) {
        return page.select("tbody tr").stream().map(row -> Double.parseDouble(row.select("td").get(2).text()))
                .toList();
    }

    private static double scoreOf(Document page, UUID sessionId) {
        Element row = page.selectFirst("input[value=" + sessionId + "]").closest("tr");
        return Double.parseDouble(row.select("td").get(2).text());
    }

    private static String showing(Document page) {
        return page.getElementById("showing").text();
    }

    private static Element header(Document page, String label) {
        return page.select("thead th").stream().filter(th -> th.text().equals(label)).findFirst().orElseThrow();
    }

    private static Element link(Document page, String text) {
        return page.select("a").stream().filter(a -> a.text().equals(text)).findFirst().orElse(null);
    }

    private static String messageFor(Document page, String field) {
        Element control = page.getElementById(field);
        assertThat(control.attr("aria-invalid")).isEqualTo("true");
        return page.getElementById(control.attr("aria-describedby")).text();
    }

    private static String csv(String href) {
        var response = fetch("recruiter", href, 200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).startsWith("attachment");
        return response.asString();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    private static String uniqueRole() {
        return "role-" + UUID.randomUUID();
    }

    private static Answered answered(String topic, String text) {
        return new Answered("q-" + UUID.randomUUID(), topic, text);
    }
}
