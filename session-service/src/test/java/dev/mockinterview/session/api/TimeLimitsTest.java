package dev.mockinterview.session.api;

import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.session.CatalogueFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static dev.mockinterview.session.SessionClock.shiftClockOfQuestion;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class TimeLimitsTest {
    private static final String ROLE = "time-limit-test-role";
    private static boolean catalogueReady;

    private final String candidate = TestInfrastructure.token("candidate", "tim");
    private final EntityManager entityManager;

    @Inject
    TimeLimitsTest(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @BeforeEach
    void catalogueHasThreeQuestions() {
        if (!catalogueReady) {
            CatalogueFixture.publishRole(ROLE, 3, candidate);
            catalogueReady = true;
        }
    }

    @Test
    void theCurrentQuestionShowsWhenItsTimeEndsAndHowMuchIsLeft() {
        String id = start();

        given().auth().oauth2(candidate).get("/api/v1/sessions/" + id).then().statusCode(200)
                .body("deadline", notNullValue())
                .body("questions[0].limitEndsAt", notNullValue())
                .body("questions[0].secondsLeft", allOf(greaterThan(0), lessThanOrEqualTo(300)));
    }

    @Test
    void anAnswerPastTheTimeLimitIsRefusedAndTheQuestionCountsAsUnanswered() {
        String id = start();
        shiftClockOfQuestion(entityManager, id, 1, Duration.ofMinutes(10));

        answer(id, 1, "finally done").statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/time-limit-exceeded"));
        given().auth().oauth2(candidate).get("/api/v1/sessions/" + id).then().statusCode(200)
                .body("questions[0].timedOut", equalTo(true))
                .body("questions[0].answered", equalTo(false))
                .body("currentPosition", equalTo(2))
                .body("questions[1].secondsLeft", greaterThan(0));
        answer(id, 1, "finally done").statusCode(409).body("type", endsWith("/time-limit-exceeded"));
        answer(id, 2, "in time").statusCode(200);
    }

    @Test
    void aSessionPastItsDeadlineIsEndedAsExpiredAndItsCompletionIsPublished() {
        String id = start();
        answer(id, 1, "the only answer").statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE interview_session SET deadline = now() - interval '1 second' WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(candidate)
                .get("/api/v1/sessions/" + id).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("endedAs", equalTo("EXPIRED")));
        String completion = KafkaTestClient.awaitRecords(Topics.SESSION_COMPLETED, 1, record -> id.equals(record.key()),
                Duration.ofSeconds(30)).get(0).value();
        assertThat(completion).contains("\"endedAs\":\"EXPIRED\"");
    }

    private String start() {
        return given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"role\": \"" + ROLE + "\", \"questionCount\": 3}").post("/api/v1/sessions")
                .then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse answer(String sessionId, int position, String text) {
        return given().auth().oauth2(candidate).contentType(ContentType.JSON).body("{\"text\": \"" + text + "\"}")
                .put("/api/v1/sessions/" + sessionId + "/answers/" + position).then();
    }
}
