package dev.mockinterview.session.events;

import dev.mockinterview.contracts.EventContracts;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.session.CatalogueFixture;
import dev.mockinterview.session.domain.CatalogueQuestion;
import dev.mockinterview.testsupport.CapturedLogs;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ReplicatingTheCatalogueTest {
    // A candidate of each test's own, so that no test uses up another's limits (3 sessions in progress at once).
    private final String candidate = TestInfrastructure.token("candidate", "rhea-" + UUID.randomUUID());

    @Test
    void theCanonicalEventsHonourTheirContracts() {
        assertThat(EventContracts.violations(EventContracts.example("question-published"))).isEmpty();
        assertThat(EventContracts.violations(EventContracts.example("question-retired"))).isEmpty();
    }

    @Test
    void aNewerVersionReplacesTheOldOneInNewSessionsWhateverTheOrderTheyArrive() {
        CatalogueFixture.publish("versioned-question", 2, "replica-test-role");
        CatalogueFixture.publish("versioned-question", 1, "replica-test-role");

        // The wait watches the replica rather than starting session after session, each one in progress.
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(2).equals(currentVersionOf(
                "versioned-question")));
        assertThat(startOneQuestionSession()).isEqualTo(2);
        CatalogueFixture.publish("versioned-question", 3, "replica-test-role");
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(3).equals(currentVersionOf(
                "versioned-question")));
        assertThat(startOneQuestionSession()).isEqualTo(3);
    }

    @Test
    void aRetiredQuestionIsNoLongerDrawnUntilANewerVersionIsPublished() {
        CatalogueFixture.publish("retired-in-replica", 1, "retire-test-role");
        await().atMost(Duration.ofSeconds(30)).until(() -> startSession("retire-test-role") == 201);

        CatalogueFixture.retire("retired-in-replica", 1, "retire-test-role");
        await().atMost(Duration.ofSeconds(30)).until(() -> currentVersionOf("retired-in-replica") == null);
        assertThat(startSession("retire-test-role")).isEqualTo(422);

        CatalogueFixture.publish("retired-in-replica", 2, "retire-test-role");
        await().atMost(Duration.ofSeconds(30)).until(() -> startSession("retire-test-role") == 201);
    }

    @Test
    void aRetirementArrivingBeforeThePublicationOfItsVersionStillHolds() {
        CatalogueFixture.retire("retired-before-published", 1, "late-publish-role");
        CatalogueFixture.publish("retired-before-published", 1, "late-publish-role", "databases", "junior");

        await().atMost(Duration.ofSeconds(30)).until(() -> "databases".equals(replicaTopicOf(
                "retired-before-published", 1)));
        assertThat(startSession("late-publish-role")).isEqualTo(422);
    }

    // The version of the question new sessions draw from the replica, null when none.
    private static Integer currentVersionOf(String questionId) {
        return QuarkusTransaction.requiringNew().call(() -> CatalogueQuestion.<CatalogueQuestion>find(
                "questionId = ?1 and current = true", questionId).firstResultOptional()
                .map(question -> question.version).orElse(null));
    }

    private static String replicaTopicOf(String questionId, int version) {
        return QuarkusTransaction.requiringNew().call(() -> CatalogueQuestion.<CatalogueQuestion>findByIdOptional(
                new CatalogueQuestion.Key(questionId, version)).map(question -> question.topic).orElse(null));
    }

    @Test
    void anEventThatBreaksItsContractGoesToTheDeadLetterTopicAndLaterEventsStillArrive() {
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, "broken", "{\"type\": \"question-published\"}");
        CatalogueFixture.publish("after-the-poison", 1, "poison-test-role");

        KafkaTestClient.awaitRecords(Topics.SESSION_DEAD_LETTER, 1, record -> "broken".equals(record.key()),
                Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(candidate)
                .contentType(ContentType.JSON).body("{\"role\": \"poison-test-role\", \"questionCount\": 1}")
                .post("/api/v1/sessions").statusCode() == 201);
    }

    @Test
    void aBrokenCatalogueEventIsDeadLetteredAtOnceWithTheReason() {
        String broken = "{\"type\": \"question-retired\", \"id\": \"" + UUID.randomUUID() + "\"}";
        List<ConsumerRecord<String, String>> letters;
        try (CapturedLogs logs = CapturedLogs.start()) {
            KafkaTestClient.send(Topics.QUESTION_CATALOGUE, "broken-at-once", broken);

            letters = KafkaTestClient.awaitRecords(Topics.SESSION_DEAD_LETTER, 1,
                    record -> broken.equals(record.value()), Duration.ofSeconds(30));
            assertThat(logs.lines()).noneMatch(line -> line.message().startsWith("Applying an event failed")
                    && line.message().contains("breaks its contract"));
        }
        Header reason = letters.get(0).headers().lastHeader("dead-letter-reason");
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("breaks its contract");
    }

    private int startSession(String role) {
        return startSession(role, 1);
    }

    private int startSession(String role, int questionCount) {
        return given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"role\": \"" + role + "\", \"questionCount\": " + questionCount + "}")
                .post("/api/v1/sessions").statusCode();
    }

    private int startOneQuestionSession() {
        return given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"role\": \"replica-test-role\", \"questionCount\": 1}").post("/api/v1/sessions")
                .then().statusCode(201).extract().path("questions[0].questionVersion");
    }
}
