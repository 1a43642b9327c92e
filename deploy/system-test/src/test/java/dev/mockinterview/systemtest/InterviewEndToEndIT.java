package dev.mockinterview.systemtest;

import dev.mockinterview.localstack.LocalStack;
import dev.mockinterview.localstack.SigningKeys;
import dev.mockinterview.localstack.StackSettings;
import dev.mockinterview.localstack.TokenIssuer;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The platform as ops run it: PostgreSQL, Kafka and the three packaged services as separate processes on free
 * ports and a fresh data folder. A candidate takes a recruiter's assessment over HTTP and the recruiter reads its
 * report.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InterviewEndToEndIT {
    private static final Duration EVENTUAL = Duration.ofSeconds(60);
    private static StackSettings settings;
    private static LocalStack stack;
    private static TokenIssuer tokens;
    private static String sessionId;

    @BeforeAll
    static void startTheStack() {
        Path repository = Path.of(System.getProperty("mip.repository", "../..")).toAbsolutePath().normalize();
        Path data = Path.of("target", "system-test-data", UUID.randomUUID().toString()).toAbsolutePath();
        settings = StackSettings.withFreePorts(repository, data);
        stack = LocalStack.start(settings, System.out);
        tokens = new TokenIssuer(SigningKeys.existing(data.resolve("keys")).privateKey());
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void aCandidateTakesARecruitersAssessmentAndOnlyTheyAndTheRecruiterReadItsScoredReport() {
        String recruiter = tokens.token("recruiter", "e2e-recruiter");
        String candidate = tokens.token("candidate", "e2e-candidate");
        // The catalogue reaches session-service through question-catalogue shortly after start; until then an
        // assessment of the role is refused.
        Response created = await().atMost(EVENTUAL).until(() -> {
            Instant now = Instant.now();
            return given().auth().oauth2(recruiter).contentType(ContentType.JSON)
                    .body(Map.of("title", "End to end", "role", "backend-engineer", "rules", Map.of("count", 3),
                            "opensAt", now.toString(), "closesAt", now.plus(Duration.ofHours(1)).toString(),
                            "showsFeedback", true))
                    .post(url("session-service", "/api/v1/assessments"));
        }, response -> response.statusCode() == 201);
        String assessmentId = created.path("id");
        given().auth().oauth2(recruiter).contentType(ContentType.JSON)
                .body(Map.of("candidateIds", List.of("e2e-candidate")))
                .post(url("session-service", "/api/v1/assessments/" + assessmentId + "/invitations"))
                .then().statusCode(200);

        Response started = given().auth().oauth2(candidate)
                .post(url("session-service", "/api/v1/assessments/" + assessmentId + "/session"));
        assertThat(started.statusCode()).isEqualTo(201);
        sessionId = started.path("id");
        assertThat(started.header("Location")).endsWith("/api/v1/sessions/" + sessionId);

        for (int position = 1; position <= 3; position++) {
            String prompt = given().auth().oauth2(candidate)
                    .get(url("session-service", "/api/v1/sessions/" + sessionId))
                    .then().statusCode(200).extract().path("questions[" + (position - 1) + "].prompt");
            given().auth().oauth2(candidate).contentType(ContentType.JSON)
                    .body(Map.of("text", "My answer to: " + prompt))
                    .put(url("session-service", "/api/v1/sessions/" + sessionId + "/answers/" + position))
                    .then().statusCode(200);
        }
        given().auth().oauth2(candidate).post(url("session-service", "/api/v1/sessions/" + sessionId + "/complete"))
                .then().statusCode(200);

        Response report = await().atMost(EVENTUAL).until(() -> given().auth().oauth2(recruiter)
                .get(url("scoring-service", "/api/v1/reports/" + sessionId)),
                response -> response.statusCode() == 200 && "COMPLETE".equals(response.path("status")));
        List<Map<String, Object>> answers = report.path("answers");
        assertThat(answers).hasSize(3);
        assertThat(answers).extracting(answer -> answer.get("position")).containsExactly(1, 2, 3);
        assertThat(answers).allSatisfy(answer -> assertThat(((Number) answer.get("score")).doubleValue())
                .isBetween(0.0, 100.0));
        assertThat(report.<Object>path("overallScore")).isNotNull();
        assertThat(report.<String>path("candidateId")).isEqualTo("e2e-candidate");

        given().auth().oauth2(candidate).get(url("scoring-service", "/api/v1/reports/" + sessionId))
                .then().statusCode(200);
        given().auth().oauth2(tokens.token("candidate", "someone-else"))
                .get(url("scoring-service", "/api/v1/reports/" + sessionId))
                .then().statusCode(404);
        given().auth().oauth2(tokens.token("recruiter", "another-recruiter"))
                .get(url("scoring-service", "/api/v1/reports/" + sessionId))
                .then().statusCode(404);
    }

    @Test
    @Order(2)
    void everyServiceReportsItsDatabaseAndKafkaChannelsInReadiness() {
        for (LocalStack.Service service : stack.services()) {
            String readiness = given().get(service.managementUrl() + "/q/health/ready").then().statusCode(200)
                    .extract().asString();
            assertThat(readiness).as(service.name())
                    .contains("\"status\": \"UP\"")
                    .contains("Database connections health check")
                    .contains("SmallRye Reactive Messaging - readiness check");
        }
    }

    @Test
    @Order(3)
    void aSecondStackOnTheSameDataFolderIsRefusedWithoutTouchingIt() throws Exception {
        long filesBefore;
        try (var files = Files.walk(settings.dataFolder().resolve("keys"))) {
            filesBefore = files.count();
        }

        assertThatThrownBy(() -> LocalStack.open(settings)).isInstanceOf(LocalStack.AlreadyRunningException.class)
                .hasMessageContaining("already running");
        try (var files = Files.walk(settings.dataFolder().resolve("keys"))) {
            assertThat(files.count()).isEqualTo(filesBefore);
        }
    }

    @Test
    @Order(4)
    void aRestartKeepsEverySessionAndScore() {
        assertThat(sessionId).as("the interview test ran first").isNotNull();
        stack.close();
        stack = LocalStack.start(settings, System.out);

        given().auth().oauth2(tokens.token("candidate", "e2e-candidate"))
                .get(url("session-service", "/api/v1/sessions/" + sessionId))
                .then().statusCode(200);
        Response report = given().auth().oauth2(tokens.token("recruiter", "e2e-recruiter"))
                .get(url("scoring-service", "/api/v1/reports/" + sessionId));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.<String>path("status")).isEqualTo("COMPLETE");
        assertThat(report.<List<?>>path("answers")).hasSize(3);
    }

    private static String url(String service, String path) {
        return stack.services().stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().url() + path;
    }
}
