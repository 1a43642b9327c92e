package dev.mockinterview.session.pages;

import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.session.CatalogueFixture;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static dev.mockinterview.session.SessionClock.shiftClockOfQuestion;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class TakingAnInterviewOnThePagesTest {
    private static final String ROLE = "page-test-role";
    private static final String INTERVIEW_PATH = "/interviews/[0-9a-f-]{36}";
    private static boolean catalogueReady;

    // A candidate of each test's own, so that no test uses up another's limits (3 sessions in progress at once).
    private final String candidate = TestInfrastructure.token("candidate", "paula-" + UUID.randomUUID());
    private final EntityManager entityManager;

    @Inject
    TakingAnInterviewOnThePagesTest(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @BeforeEach
    void catalogueHasFourQuestions() {
        if (!catalogueReady) {
            CatalogueFixture.publishRole(ROLE, 4, candidate);
            catalogueReady = true;
        }
    }

    @Test
    void aCandidateStartsAnInterviewThroughTheFormAndSeesItsFirstQuestion() {
        CandidatePage interviews = CandidatePage.open(candidate, "/interviews");
        assertThat(interviews.status()).isEqualTo(200);
        assertThat(interviews.html()).contains("<label for=\"role\">Role</label>", "<legend>Topics</legend>",
                "<label for=\"difficulty\">Difficulty</label>",
                "<label for=\"question-count\">Number of questions</label>", "Start interview",
                "<option value=\"" + ROLE + "\"", "value=\"api-design\"");

        ExtractableResponse<Response> started = interviews.post("/interviews",
                Map.of("role", ROLE, "difficulty", "junior", "questionCount", "3"), "topics", "api-design");

        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(started.header("Location")).matches(".*" + INTERVIEW_PATH);
        String page = CandidatePage.open(candidate, pathOf(started)).html();
        assertThat(page).contains("Question 1 of 3", "Which HTTP methods", "<label for=\"answer\">Your answer</label>",
                "of 10000 characters", "Submit answer", "Skip question", "Finish interview", "Time left:",
                "data-seconds-left=\"");
    }

    @Test
    void answeringSkippingAndFinishingMoveThroughTheQuestionsAndEndWithTheFeedbackLink() {
        String interview = start(3);

        assertThat(answer(interview, 1, "GET and PUT are idempotent.").statusCode()).isEqualTo(303);
        assertThat(CandidatePage.open(candidate, interview).html())
                .contains("Question 2 of 3", "Question 1: Submitted", "GET and PUT are idempotent.");

        CandidatePage second = CandidatePage.open(candidate, interview);
        assertThat(second.post(interview + "/answers/2/skip", Map.of()).statusCode()).isEqualTo(303);
        assertThat(CandidatePage.open(candidate, interview).html())
                .contains("Question 3 of 3", "Question 2: Skipped");

        CandidatePage third = CandidatePage.open(candidate, interview);
        ExtractableResponse<Response> finished = third.post(interview + "/complete", Map.of());
        assertThat(finished.statusCode()).isEqualTo(303);
        assertThat(pathOf(finished)).isEqualTo(interview);
        String ended = CandidatePage.open(candidate, interview).html();
        assertThat(ended).contains("You finished this interview.", "href=\"/feedback/" + idOf(interview) + "\"",
                "Question 3: Not answered").doesNotContain("Submit answer", "Finish interview");
        assertThat(CandidatePage.open(candidate, "/interviews").html())
                .contains("Finished", "href=\"/feedback/" + idOf(interview) + "\"");
    }

    @Test
    void reloadingTheInterviewKeepsTheSubmittedAnswer() {
        String interview = start(2);
        answer(interview, 1, "Retries need idempotent methods.");

        for (int reload = 0; reload < 2; reload++) {
            assertThat(CandidatePage.open(candidate, interview).html()).contains("Question 2 of 2",
                    "Question 1: Submitted", "Retries need idempotent methods.");
        }
    }

    @Test
    void anAnswerWithMarkupIsShownAsText() {
        String interview = start(2);

        answer(interview, 1, "<script>alert(1)</script> GET is safe");

        assertThat(CandidatePage.open(candidate, interview).html())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; GET is safe")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void anAnswerPastTheTimeLimitShowsTheServersMessageAndTheNextQuestion() {
        String interview = start(2);
        CandidatePage page = CandidatePage.open(candidate, interview);
        shiftClockOfQuestion(entityManager, idOf(interview), 1, Duration.ofMinutes(10));

        ExtractableResponse<Response> late = page.post(interview + "/answers/1", Map.of("text", "finally done"));

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.asString()).contains("Time ran out for question 1", "Question 2 of 2",
                "Question 1: Time ran out");
    }

    @Test
    void anAnswerForAQuestionThatIsNotCurrentShowsWhyAndKeepsNothingUnderAnotherQuestion() {
        String interview = start(3);
        CandidatePage stale = CandidatePage.open(candidate, interview);
        answer(interview, 1, "first answer");

        ExtractableResponse<Response> again = stale.post(interview + "/answers/1", Map.of("text", "second thoughts"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.asString()).contains("already has a different answer", "Question 2 of 3")
                .doesNotContain(">second thoughts</textarea>");
    }

    @Test
    void aRequestTheBankCannotSatisfyShowsTheFormAgainWithTheServersMessage() {
        CandidatePage interviews = CandidatePage.open(candidate, "/interviews");

        ExtractableResponse<Response> refused = interviews.post("/interviews",
                Map.of("role", ROLE, "questionCount", "20"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("fewer than the 20 requested", "value=\"20\"", "Start interview");
    }

    @Test
    void invalidInputShowsAMessageNextToTheFieldAndKeepsWhatWasTyped() {
        CandidatePage interviews = CandidatePage.open(candidate, "/interviews");

        ExtractableResponse<Response> refused = interviews.post("/interviews",
                Map.of("role", ROLE, "questionCount", "many"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"question-count-error\"", "Enter a whole number from 1 to 20.",
                "value=\"many\"", "aria-describedby=\"question-count-hint question-count-error\"");
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        given().auth().oauth2(candidate).redirects().follow(false)
                .formParam("role", ROLE).formParam("questionCount", "1")
                .post("/interviews")
                .then().statusCode(400);
    }

    @Test
    void theSessionsListShowsTheCandidatesOwnSessionsNewestFirst() {
        String owner = TestInfrastructure.token("candidate", "lena-" + UUID.randomUUID());
        String older = start(owner, 1);
        String newer = start(owner, 2);

        String list = CandidatePage.open(owner, "/interviews").html();

        assertThat(list).contains("In progress", "Continue interview");
        assertThat(list.indexOf("href=\"" + newer + "\"")).isNotNegative()
                .isLessThan(list.indexOf("href=\"" + older + "\""));
        assertThat(list).doesNotContain("paula-");
    }

    @Test
    void anotherCandidatesInterviewIsNotFound() {
        String interview = start(2);
        String intruder = TestInfrastructure.token("candidate", "ivan");

        assertThat(CandidatePage.open(intruder, interview).status()).isEqualTo(404);
        CandidatePage own = CandidatePage.open(intruder, "/interviews");
        assertThat(own.post(interview + "/answers/1", Map.of("text", "mine now")).statusCode()).isEqualTo(404);
        assertThat(own.post(interview + "/complete", Map.of()).statusCode()).isEqualTo(404);
        assertThat(CandidatePage.open(candidate, interview).html()).doesNotContain("mine now")
                .contains("Question 1 of 2");
    }

    @Test
    void aRecruiterIsForbiddenTheCandidatePages() {
        String recruiter = TestInfrastructure.token("recruiter", "rita");

        given().auth().oauth2(recruiter).get("/interviews").then().statusCode(403);
        given().auth().oauth2(recruiter).get(start(1)).then().statusCode(403);
    }

    private String start(int questionCount) {
        return start(candidate, questionCount);
    }

    // The interview's path, /interviews/{id}, from the redirect the form answers with.
    private static String start(String token, int questionCount) {
        ExtractableResponse<Response> started = CandidatePage.open(token, "/interviews")
                .post("/interviews", Map.of("role", ROLE, "questionCount", String.valueOf(questionCount)));
        assertThat(started.statusCode()).isEqualTo(303);
        return pathOf(started);
    }

    private ExtractableResponse<Response> answer(String interview, int position, String text) {
        return CandidatePage.open(candidate, interview).post(interview + "/answers/" + position, Map.of("text", text));
    }

    private static String pathOf(ExtractableResponse<Response> redirect) {
        return redirect.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    private static String idOf(String interview) {
        return interview.substring(interview.lastIndexOf('/') + 1);
    }
}
