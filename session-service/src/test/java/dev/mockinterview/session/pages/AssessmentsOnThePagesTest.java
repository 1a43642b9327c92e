package dev.mockinterview.session.pages;

import dev.mockinterview.session.AssessmentFixture;
import dev.mockinterview.session.CatalogueFixture;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class AssessmentsOnThePagesTest {
    private static final String ROLE = "assessment-page-role";
    private static final String ASSESSMENT_PATH = "/assessments/[0-9a-f-]{36}";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(ZoneOffset.UTC);
    private static boolean catalogueReady;

    private final String recruiter = TestInfrastructure.token("recruiter", "rhea-" + UUID.randomUUID());
    private final String candidateName = "pia-" + UUID.randomUUID();
    private final String candidate = TestInfrastructure.token("candidate", candidateName);

    @BeforeEach
    void catalogueHasThreeQuestions() {
        if (!catalogueReady) {
            CatalogueFixture.publishRole(ROLE, 3, TestInfrastructure.token("candidate", "probe-" + UUID.randomUUID()));
            catalogueReady = true;
        }
    }

    @Test
    void aRecruiterCreatesAnAssessmentInvitesACandidateWhoStartsItFromTheirPage() {
        CandidatePage blank = CandidatePage.open(recruiter, "/assessments/new");
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.html()).contains("<label for=\"title\">Title</label>", "<label for=\"opens-at\">Opens (UTC)",
                "<option value=\"" + ROLE + "\"", "Create assessment");

        ExtractableResponse<Response> created = blank.post("/assessments", form("Screening for " + candidateName));
        assertThat(created.statusCode()).isEqualTo(303);
        String assessment = pathOf(created);
        assertThat(assessment).matches(ASSESSMENT_PATH);
        assertThat(CandidatePage.open(recruiter, "/assessments").html())
                .contains("Screening for " + candidateName, "href=\"" + assessment + "\"");

        CandidatePage page = CandidatePage.open(recruiter, assessment);
        assertThat(page.html()).contains("Screening for " + candidateName, "Open its reports",
                "href=\"/recruiter/reports?assessment=" + idOf(assessment) + "\"", "Nobody is invited yet.");
        assertThat(page.post(assessment + "/invitations", Map.of("candidateIds", candidateName + ",\n  dora"))
                .statusCode()).isEqualTo(303);
        assertThat(CandidatePage.open(recruiter, assessment).html()).contains(candidateName, "dora", "Invited",
                "2 invited");

        CandidatePage interviews = CandidatePage.open(candidate, "/interviews");
        assertThat(interviews.html()).contains("Your assessments", "Screening for " + candidateName, "Open",
                "action=\"/interviews" + assessment + "\"", ">Start</button>");
        ExtractableResponse<Response> started = interviews.post("/interviews" + assessment, Map.of());
        assertThat(started.statusCode()).isEqualTo(303);
        String interview = pathOf(started);
        assertThat(CandidatePage.open(candidate, interview).html()).contains("Question 1 of 2",
                "Assessment: Screening for " + candidateName);
        assertThat(CandidatePage.open(candidate, "/interviews").html()).contains("Taken",
                "href=\"" + interview + "\"").doesNotContain("action=\"/interviews" + assessment + "\"");
        assertThat(CandidatePage.open(recruiter, assessment).html()).contains("In progress",
                "href=\"/recruiter/reports/" + idOf(interview) + "\"");

        // A second start, from a page loaded before the first: refused with the reason on the page.
        ExtractableResponse<Response> again = interviews.post("/interviews" + assessment, Map.of());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.asString()).contains("You have started this assessment already");
    }

    @Test
    void theFormShowsWhatIsWrongNextToTheFieldAndKeepsWhatWasTyped() {
        CandidatePage blank = CandidatePage.open(recruiter, "/assessments/new");
        Map<String, String> closingFirst = form("Backwards");
        closingFirst.put("closesAt", MINUTES.format(Instant.now().minus(Duration.ofDays(1))));

        ExtractableResponse<Response> refused = blank.post("/assessments", closingFirst);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"closes-at-error\"",
                "Enter a closing time after the opening time.", "value=\"Backwards\"");

        Map<String, String> unknown = form("Unknown questions");
        unknown.put("questions", "list");
        unknown.put("questionIds", ROLE + "-question-1\nno-such-question");
        ExtractableResponse<Response> unknownRefused = blank.post("/assessments", unknown);
        assertThat(unknownRefused.statusCode()).isEqualTo(400);
        assertThat(unknownRefused.asString()).contains("id=\"question-ids-error\"", "no-such-question");
    }

    @Test
    void anotherRecruitersAssessmentIsNotFoundAndCandidatesAreForbiddenTheRecruiterPages() {
        String id = AssessmentFixture.created(recruiter, AssessmentFixture.drawn(ROLE, 1));
        String other = TestInfrastructure.token("recruiter", "rex-" + UUID.randomUUID());

        assertThat(CandidatePage.open(other, "/assessments/" + id).status()).isEqualTo(404);
        assertThat(CandidatePage.open(other, "/assessments").html()).doesNotContain(id);
        given().auth().oauth2(candidate).get("/assessments").then().statusCode(403);
        given().auth().oauth2(recruiter).redirects().follow(false).formParam("candidateIds", "x")
                .post("/assessments/" + id + "/invitations").then().statusCode(400);
    }

    private static Map<String, String> form(String title) {
        Map<String, String> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("role", ROLE);
        fields.put("questions", "rules");
        fields.put("count", "2");
        fields.put("opensAt", MINUTES.format(Instant.now()));
        fields.put("closesAt", MINUTES.format(Instant.now().plus(Duration.ofDays(1))));
        fields.put("showsFeedback", "true");
        return fields;
    }

    private static String pathOf(ExtractableResponse<Response> redirect) {
        return redirect.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    private static String idOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
