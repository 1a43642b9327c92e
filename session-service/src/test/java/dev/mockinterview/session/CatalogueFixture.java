package dev.mockinterview.session;

import dev.mockinterview.contracts.EventContracts;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.KafkaTestClient;
import io.restassured.http.ContentType;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Feeds the service's catalogue replica through the real question-catalogue topic, as question-service would. */
public final class CatalogueFixture {
    private CatalogueFixture() {
    }

    /** Publishes a version of a question, built from the contract's canonical example (api-design, junior). */
    public static void publish(String questionId, int version, String role) {
        publish(questionId, version, role, "api-design", "junior");
    }

    /** Publishes a version of a question of a topic and difficulty. */
    public static void publish(String questionId, int version, String role, String topic, String difficulty) {
        send("question-published", questionId, version, role, topic, difficulty);
    }

    /** Retires a version of a question (api-design, junior), as an author or a newer version would. */
    public static void retire(String questionId, int version, String role) {
        send("question-retired", questionId, version, role, "api-design", "junior");
    }

    // Keyed by question version, as question-service keys them.
    private static void send(String type, String questionId, int version, String role, String topic,
                             String difficulty) {
        String event = EventContracts.example(type)
                .replace("idempotent-http-methods:1", questionId + ":" + version)
                .replace("idempotent-http-methods", questionId)
                .replace("\"version\": 1", "\"version\": " + version)
                .replace("\"role\": \"backend-engineer\"", "\"role\": \"" + role + "\"")
                .replace("\"topic\": \"api-design\"", "\"topic\": \"" + topic + "\"")
                .replace("\"difficulty\": \"junior\"", "\"difficulty\": \"" + difficulty + "\"")
                .replace("Which HTTP methods", "(v" + version + ") Which HTTP methods");
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, questionId + ":" + version, event);
    }

    /** Publishes {@code count} questions of a role and waits until a session of that many can start. */
    public static void publishRole(String role, int count, String candidateToken) {
        for (int i = 1; i <= count; i++) {
            publish(role + "-question-" + i, 1, role);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(candidateToken)
                .contentType(ContentType.JSON)
                .body("{\"role\": \"" + role + "\", \"questionCount\": " + count + "}")
                .post("/api/v1/sessions").statusCode() == 201);
    }
}
