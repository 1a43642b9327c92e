package dev.mockinterview.systemtest.browser;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The JSON APIs behind the one origin, for what a browser test prepares or looks up rather than clicks: sessions
 * other candidates took, the model answer a well-prepared candidate would give.
 */
final class PlatformApi {
    static final Duration EVENTUAL = Duration.ofSeconds(90);
    static final String ROLE = "backend-engineer";

    private final BrowserStack browser;

    PlatformApi(BrowserStack browser) {
        this.browser = browser;
    }

    /** Starts a session as the candidate (waiting until the catalogue has reached session-service) and returns it. */
    String startSession(String candidate, int questionCount) {
        String token = browser.token("candidate", candidate);
        return await().atMost(EVENTUAL).until(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("role", ROLE, "questionCount", questionCount))
                        .post(browser.url("/api/v1/sessions")), response -> response.statusCode() == 201)
                .path("id");
    }

    /**
     * Creates the recruiter's assessment of the role, open from now for a day, its questions drawn when it opens, and
     * invites the candidates; returns its id. Waits until the catalogue has reached session-service, without which
     * the assessment is refused.
     */
    String assessment(String recruiter, String title, int questionCount, boolean showsFeedback,
                      String... candidates) {
        String token = browser.token("recruiter", recruiter);
        String id = await().atMost(EVENTUAL).until(() -> {
            Instant now = Instant.now();
            return given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("title", title, "role", ROLE, "rules", Map.of("count", questionCount),
                            "opensAt", now.toString(), "closesAt", now.plus(Duration.ofDays(1)).toString(),
                            "showsFeedback", showsFeedback))
                    .post(browser.url("/api/v1/assessments"));
        }, response -> response.statusCode() == 201).path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("candidateIds", List.of(candidates)))
                .post(browser.url("/api/v1/assessments/" + id + "/invitations"))
                .then().statusCode(200);
        return id;
    }

    /** The invited candidate starts the assessment; returns the session's id. */
    String startAssessment(String candidate, String assessmentId) {
        return given().auth().oauth2(browser.token("candidate", candidate))
                .post(browser.url("/api/v1/assessments/" + assessmentId + "/session"))
                .then().statusCode(201).extract().path("id");
    }

    /** The session's questions, in order, as {@code [questionId, version]} pairs. */
    List<Map<String, Object>> questions(String candidate, String sessionId) {
        return given().auth().oauth2(browser.token("candidate", candidate))
                .get(browser.url("/api/v1/sessions/" + sessionId))
                .then().statusCode(200).extract().path("questions");
    }

    /** The model answer of the question a session asks at the position (1-based). */
    String modelAnswer(String candidate, String sessionId, int position) {
        Map<String, Object> question = questions(candidate, sessionId).get(position - 1);
        return given().auth().oauth2(browser.token("admin", "browser-tests"))
                .get(browser.url("/api/v1/questions/" + question.get("questionId") + "/versions/"
                        + question.get("questionVersion")))
                .then().statusCode(200).extract().path("modelAnswer");
    }

    void answer(String candidate, String sessionId, int position, String text) {
        given().auth().oauth2(browser.token("candidate", candidate)).contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .put(browser.url("/api/v1/sessions/" + sessionId + "/answers/" + position))
                .then().statusCode(200);
    }

    void complete(String candidate, String sessionId) {
        given().auth().oauth2(browser.token("candidate", candidate))
                .post(browser.url("/api/v1/sessions/" + sessionId + "/complete"))
                .then().statusCode(200);
    }

    /** Waits until scoring has built the session's complete report, and returns it (as an admin reads it). */
    Response completeReport(String sessionId) {
        String token = browser.token("admin", "browser-tests");
        return await().atMost(EVENTUAL).until(() -> given().auth().oauth2(token)
                        .get(browser.url("/api/v1/reports/" + sessionId)),
                response -> response.statusCode() == 200 && "COMPLETE".equals(response.path("status")));
    }
}
