package dev.mockinterview.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Assessments through the API as a recruiter sets them up, and their clocks moved in the database. */
public final class AssessmentFixture {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AssessmentFixture() {
    }

    /** A request body: a fixed list of questions, open from now for an hour, with feedback. */
    public static Map<String, Object> listed(String role, String... questionIds) {
        Map<String, Object> body = base(role);
        body.put("questionIds", List.of(questionIds));
        return body;
    }

    /** A request body: questions drawn by rules, open from now for an hour, with feedback. */
    public static Map<String, Object> drawn(String role, int count) {
        Map<String, Object> body = base(role);
        body.put("rules", Map.of("count", count));
        return body;
    }

    private static Map<String, Object> base(String role) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Assessment " + UUID.randomUUID());
        body.put("role", role);
        body.put("opensAt", Instant.now().toString());
        body.put("closesAt", Instant.now().plus(Duration.ofHours(1)).toString());
        body.put("showsFeedback", true);
        return body;
    }

    public static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ValidatableResponse create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json(body))
                .post("/api/v1/assessments").then();
    }

    /** Creates the assessment and returns its id. */
    public static String created(String token, Map<String, Object> body) {
        return create(token, body).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse invite(String token, String assessmentId, String... candidateIds) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(json(Map.of("candidateIds", List.of(candidateIds))))
                .post("/api/v1/assessments/" + assessmentId + "/invitations").then();
    }

    public static ValidatableResponse start(String candidateToken, String assessmentId) {
        return given().auth().oauth2(candidateToken).contentType(ContentType.JSON)
                .post("/api/v1/assessments/" + assessmentId + "/session").then();
    }

    /** As if the assessment's times were that much earlier: past its closing time, say, or its opening time. */
    public static void shiftClock(EntityManager entityManager, String assessmentId, Duration ago) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        UPDATE assessment SET opens_at = opens_at - make_interval(secs => ?1),
                                              closes_at = closes_at - make_interval(secs => ?1)
                        WHERE id = ?2""")
                .setParameter(1, (double) ago.toSeconds())
                .setParameter(2, UUID.fromString(assessmentId))
                .executeUpdate());
    }
}
