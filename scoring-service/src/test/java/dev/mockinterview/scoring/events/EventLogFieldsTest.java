package dev.mockinterview.scoring.events;

import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.CapturedLogs;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestEvents.QUESTION_ID;
import static dev.mockinterview.scoring.testing.TestEvents.answerSubmitted;
import static dev.mockinterview.scoring.testing.TestEvents.questionPublished;
import static dev.mockinterview.scoring.testing.TestEvents.sessionCompleted;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class EventLogFieldsTest {
    private static final String CANDIDATE = "demo-candidate";

    @Test
    void everyLineLoggedAboutAnAnswerNamesItsIdsAndNoneShowsItsText() {
        UUID sessionId = UUID.randomUUID();
        UUID answerId = UUID.randomUUID();
        String text = "PUT and DELETE are idempotent, said the quokka " + UUID.randomUUID();
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, QUESTION_ID, questionPublished(QUESTION_ID));

        try (CapturedLogs logs = CapturedLogs.start()) {
            KafkaTestClient.send(Topics.ANSWER_SUBMITTED, sessionId.toString(),
                    answerSubmitted(sessionId, answerId, CANDIDATE, 1, QUESTION_ID, text));
            KafkaTestClient.send(Topics.SESSION_COMPLETED, sessionId.toString(),
                    sessionCompleted(sessionId, CANDIDATE, 1, List.of(answerId)));
            awaitReport(sessionId, "COMPLETE");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(logs.lines())
                    .filteredOn(line -> line.message().startsWith("Scored answer " + answerId))
                    .singleElement()
                    .satisfies(line -> assertThat(line.mdc())
                            .containsEntry("eventType", "answer-submitted")
                            .containsEntry("sessionId", sessionId.toString())
                            .containsEntry("answerId", answerId.toString())
                            .containsEntry("questionId", QUESTION_ID)
                            .containsKey("eventId")));
            assertThat(logs.lines())
                    .filteredOn(line -> line.message().startsWith("Built the report of session " + sessionId))
                    .singleElement()
                    // Built by whichever of the answer and the completion came second.
                    .satisfies(line -> assertThat(line.mdc()).containsEntry("sessionId", sessionId.toString())
                            .containsKeys("eventId", "eventType"));
            assertThat(logs.lines()).isNotEmpty()
                    .noneSatisfy(line -> assertThat(line.everything()).contains("quokka"));
        }
    }
}
