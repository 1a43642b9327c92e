package dev.mockinterview.scoring.api;

import dev.mockinterview.scoring.domain.Assessment;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.scoring.testing.TestSessions.Answered;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.mockinterview.scoring.testing.TestEvents.assessmentOf;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestSessions.completedSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class RecruiterReportsTest {
    private static final String REPORTS = "/api/v1/reports";
    private static final String WEAK_ANSWER = "POST is idempotent. Retries are fine.";
    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-11-25T10:00:00Z");
    // rita reads the lists here; the sessions she should see are taken for her assessment.
    private final Assessment ritas = assessmentOf("rita");

    @Test
    void recruitersFilterByRoleCandidateTopicScoreRangeAndCompletionTime() {
        String role = uniqueRole();
        String topicA = "topic-" + UUID.randomUUID();
        String topicB = "topic-" + UUID.randomUUID();
        UUID ana1 = completedSession(ritas, "ana", role, 1, MONDAY, List.of(answered(topicA, canonicalAnswerText())));
        UUID ben = completedSession(ritas, "ben", role, 1, TUESDAY, List.of(answered(topicB, WEAK_ANSWER)));
        UUID ana2 = completedSession(ritas, "ana", role, 2, WEDNESDAY, List.of(answered(topicB, canonicalAnswerText()),
                answered(topicA, WEAK_ANSWER)));
        Map<UUID, Double> scores = list(recruiter().queryParam("role", role)).getList("items", Map.class).stream()
                .collect(Collectors.toMap(item -> UUID.fromString((String) item.get("sessionId")),
                        item -> ((Number) item.get("overallScore")).doubleValue()));
        assertThat(scores).containsOnlyKeys(ana1, ben, ana2);

        assertThat(sessionIds(recruiter().queryParam("role", role).queryParam("candidate", "ana")))
                .containsExactlyInAnyOrder(ana1, ana2);
        assertThat(sessionIds(recruiter().queryParam("role", role).queryParam("topic", topicA)))
                .containsExactlyInAnyOrder(ana1, ana2);
        assertThat(sessionIds(recruiter().queryParam("role", role).queryParam("topic", topicB)
                .queryParam("candidate", "ben"))).containsExactly(ben);
        assertThat(sessionIds(recruiter().queryParam("role", role)
                .queryParam("completedFrom", TUESDAY.toString()).queryParam("completedTo", WEDNESDAY.toString())))
                .containsExactly(ben);
        double benScore = scores.get(ben);
        assertThat(sessionIds(recruiter().queryParam("role", role).queryParam("minScore", benScore)
                .queryParam("maxScore", benScore))).contains(ben)
                .allSatisfy(id -> assertThat(scores.get(id)).isEqualTo(benScore));
        assertThat(sessionIds(recruiter().queryParam("role", role).queryParam("minScore", 0)
                .queryParam("maxScore", 100))).hasSize(3);
        assertThat(sessionIds(recruiter().queryParam("role", "no-such-role"))).isEmpty();
    }

    @Test
    void recruitersSortByScoreOrDateAndPageThroughWithTheTotal() {
        String role = uniqueRole();
        String topic = "topic-" + UUID.randomUUID();
        UUID monday = completedSession(ritas, "cid", role, 1, MONDAY, List.of(answered(topic, WEAK_ANSWER)));
        UUID tuesday = completedSession(ritas, "cid", role, 1, TUESDAY,
                List.of(answered(topic, canonicalAnswerText())));
        UUID wednesday = completedSession(ritas, "cid", role, 3, WEDNESDAY,
                List.of(answered(topic, canonicalAnswerText())));

        assertThat(sessionIds(recruiter().queryParam("role", role))).containsExactly(wednesday, tuesday, monday);
        assertThat(sessionIds(recruiter().queryParam("role", role).queryParam("order", "asc")))
                .containsExactly(monday, tuesday, wednesday);
        JsonPath byScore = list(recruiter().queryParam("role", role).queryParam("sort", "score")
                .queryParam("order", "asc"));
        assertThat(byScore.getList("items.overallScore", Double.class)).isSortedAccordingTo(Comparator.naturalOrder());
        JsonPath firstPage = list(recruiter().queryParam("role", role).queryParam("size", 2));
        JsonPath secondPage = list(recruiter().queryParam("role", role).queryParam("size", 2).queryParam("page", 1));
        assertThat(firstPage.getLong("total")).isEqualTo(3);
        assertThat(secondPage.getLong("total")).isEqualTo(3);
        assertThat(firstPage.getList("items.sessionId")).containsExactly(wednesday.toString(), tuesday.toString());
        assertThat(secondPage.getList("items.sessionId")).containsExactly(monday.toString());
        assertThat(firstPage.getInt("size")).isEqualTo(2);
        assertThat(secondPage.getInt("page")).isEqualTo(1);
    }

    @Test
    void aListedReportShowsItsHeadlineFigures() {
        String role = uniqueRole();
        String topic = "topic-" + UUID.randomUUID();
        UUID sessionId = completedSession(ritas, "dora", role, 2, MONDAY,
                List.of(answered(topic, canonicalAnswerText())));

        JsonPath page = list(recruiter().queryParam("role", role));

        assertThat(page.getString("items[0].sessionId")).isEqualTo(sessionId.toString());
        assertThat(page.getString("items[0].candidateId")).isEqualTo("dora");
        assertThat(page.getString("items[0].role")).isEqualTo(role);
        assertThat(page.getInt("items[0].questionCount")).isEqualTo(2);
        assertThat(page.getInt("items[0].answered")).isEqualTo(1);
        assertThat(page.getLong("items[0].timeTakenMillis")).isEqualTo(95_000L);
        assertThat(Instant.parse(page.getString("items[0].completedAt"))).isEqualTo(MONDAY);
        assertThat(page.getList("items[0].topicScores.topic")).containsExactly(topic);
    }

    @Test
    void theCsvExportHasOneRowPerSessionOrPerAnswerQuotedAndNeutralisedAgainstFormulas() throws IOException {
        String role = uniqueRole();
        String topic = "topic-" + UUID.randomUUID();
        String hostileCandidate = "=HYPERLINK(\"http://evil.example\",\"x\")";
        String hostileAnswer = "-1+1, said the \"candidate\"\nand =SUM(A1) on a second line";
        UUID sessionId = completedSession(ritas, hostileCandidate, role, 2, MONDAY, List.of(
                answered(topic, hostileAnswer), answered(topic, "@import the answer")));

        String perSession = csv(recruiter().queryParam("role", role));
        String perAnswer = csv(recruiter().queryParam("role", role).queryParam("detail", "answers"));

        assertThat(perSession).contains("\r\n").contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
        List<CSVRecord> sessions = parse(perSession);
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).get("session_id")).isEqualTo(sessionId.toString());
        assertThat(sessions.get(0).get("candidate_id")).isEqualTo("'" + hostileCandidate);
        assertThat(sessions.get(0).get("role")).isEqualTo(role);
        assertThat(sessions.get(0).get("topic_scores")).startsWith(topic + "=");
        List<CSVRecord> answers = parse(perAnswer);
        assertThat(answers).extracting(row -> row.get("position")).containsExactly("1", "2");
        assertThat(answers.get(0).get("answer")).isEqualTo("'" + hostileAnswer);
        assertThat(answers.get(1).get("answer")).isEqualTo("'@import the answer");
        assertThat(answers).allSatisfy(row -> {
            assertThat(row.get("candidate_id")).isEqualTo("'" + hostileCandidate);
            assertThat(row.get("topic")).isEqualTo(topic);
            assertThat(row.get("score")).matches("\\d{1,3}");
        });
    }

    @Test
    void aRecruiterListsAndExportsOnlyHerOwnAssessmentsSessionsNeverPracticeAndAnAdminAllOfThem() throws IOException {
        String role = uniqueRole();
        String topic = "topic-" + UUID.randomUUID();
        Assessment robs = assessmentOf("rob");
        UUID hers = completedSession(ritas, "ana", role, 1, MONDAY, List.of(answered(topic, canonicalAnswerText())));
        UUID his = completedSession(robs, "ben", role, 1, TUESDAY, List.of(answered(topic, canonicalAnswerText())));
        UUID practice = completedSession("ana", role, 1, WEDNESDAY, List.of(answered(topic, canonicalAnswerText())));

        JsonPath ritasList = list(recruiter().queryParam("role", role));
        assertThat(ritasList.getList("items.sessionId")).containsExactly(hers.toString());
        assertThat(ritasList.getLong("total")).isEqualTo(1);
        assertThat(sessionIds(as("recruiter", "rob").queryParam("role", role))).containsExactly(his);
        assertThat(sessionIds(as("recruiter", "rob").queryParam("candidate", "ana")
                .queryParam("role", role))).isEmpty();
        assertThat(parse(csv(recruiter().queryParam("role", role)))).extracting(row -> row.get("session_id"))
                .containsExactly(hers.toString());
        assertThat(parse(csv(recruiter().queryParam("role", role).queryParam("detail", "answers"))))
                .extracting(row -> row.get("session_id")).containsExactly(hers.toString());
        JsonPath adminsList = list(as("admin", "ada").queryParam("role", role));
        assertThat(adminsList.getList("items.sessionId")).containsExactly(practice.toString(), his.toString(),
                hers.toString());
        assertThat(adminsList.getString("items[0].assessment")).isNull();
        assertThat(parse(csv(as("admin", "ada").queryParam("role", role).queryParam("detail", "answers"))))
                .extracting(row -> row.get("session_id"))
                .containsExactly(practice.toString(), his.toString(), hers.toString());
    }

    @Test
    void theAssessmentFilterKeepsOneAssessmentsSessionsAndEveryListNamesItsAssessment() throws IOException {
        String role = uniqueRole();
        String topic = "topic-" + UUID.randomUUID();
        Assessment other = assessmentOf("rita");
        UUID first = completedSession(ritas, "ana", role, 1, MONDAY, List.of(answered(topic, canonicalAnswerText())));
        completedSession(other, "ben", role, 1, TUESDAY, List.of(answered(topic, canonicalAnswerText())));
        String assessmentId = ritas.assessmentId().toString();

        JsonPath page = list(recruiter().queryParam("role", role).queryParam("assessment", assessmentId));
        List<CSVRecord> sessions = parse(csv(recruiter().queryParam("assessment", assessmentId)));
        List<CSVRecord> answers = parse(csv(recruiter().queryParam("assessment", assessmentId)
                .queryParam("detail", "answers")));

        assertThat(page.getList("items.sessionId")).containsExactly(first.toString());
        assertThat(page.getString("items[0].assessment.assessmentId")).isEqualTo(assessmentId);
        assertThat(page.getString("items[0].assessment.title")).isEqualTo(ritas.title());
        for (List<CSVRecord> rows : List.of(sessions, answers)) {
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.get("session_id")).isEqualTo(first.toString());
                assertThat(row.get("assessment_id")).isEqualTo(assessmentId);
                assertThat(row.get("assessment_title")).isEqualTo(ritas.title());
            });
        }
        assertThat(sessionIds(as("recruiter", "rob").queryParam("assessment", assessmentId))).isEmpty();
    }

    @Test
    void onlyRecruitersAndAdminsListReports() {
        given().when().get(REPORTS).then().statusCode(401);
        given().auth().oauth2(TestInfrastructure.token("candidate", "cora")).accept("application/json")
                .when().get(REPORTS).then().statusCode(403);
        given().auth().oauth2(TestInfrastructure.token("candidate", "cora")).accept("text/csv")
                .when().get(REPORTS).then().statusCode(403);
        for (String role : List.of("recruiter", "admin")) {
            given().auth().oauth2(TestInfrastructure.token(role, "staff"))
                    .when().get(REPORTS).then().statusCode(200).contentType("application/json");
        }
    }

    @Test
    void badCriteriaAreProblemsNamingTheParameter() {
        assertInvalid(recruiter().queryParam("minScore", 80).queryParam("maxScore", 20), "minScore");
        assertInvalid(recruiter().queryParam("maxScore", 101), "maxScore");
        assertInvalid(recruiter().queryParam("sort", "name"), "sort");
        assertInvalid(recruiter().queryParam("completedFrom", "yesterday"), "completedFrom");
        assertInvalid(recruiter().queryParam("size", 1000), "size");
        assertInvalid(recruiter().queryParam("assessment", "not-an-id"), "assessment");
        assertInvalid(recruiter().queryParam("detail", "everything").accept("text/csv"), "detail");
    }

    private static void assertInvalid(RequestSpecification request, String field) {
        request.when().get(REPORTS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem(field));
    }

    private static String uniqueRole() {
        return "role-" + UUID.randomUUID();
    }

    private static Answered answered(String topic, String text) {
        return new Answered("q-" + UUID.randomUUID(), topic, text);
    }

    private static RequestSpecification recruiter() {
        return as("recruiter", "rita");
    }

    private static RequestSpecification as(String role, String subject) {
        return given().auth().oauth2(TestInfrastructure.token(role, subject));
    }

    private static JsonPath list(RequestSpecification request) {
        return request.accept("application/json").when().get(REPORTS).then().statusCode(200).extract().jsonPath();
    }

    private static List<UUID> sessionIds(RequestSpecification request) {
        return list(request).getList("items.sessionId", String.class).stream().map(UUID::fromString).toList();
    }

    private static String csv(RequestSpecification request) {
        return request.accept("text/csv").when().get(REPORTS).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"))
                .extract().asString();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }
}
