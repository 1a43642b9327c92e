package dev.mockinterview.scoring.events;

import dev.mockinterview.contracts.EventContracts;
import dev.mockinterview.contracts.Topics;
import dev.mockinterview.scoring.testing.TestSessions.Answered;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestReviews.ASSESSMENT;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static dev.mockinterview.scoring.testing.TestReviews.OWNER;
import static dev.mockinterview.scoring.testing.TestReviews.ownerReviews;
import static dev.mockinterview.scoring.testing.TestSessions.completedSession;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class AnswerReviewedEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aReviewIsPublishedAsAnswerReviewedAndTheReportAgainAsSessionScored() {
        UUID sessionId = completedSession(ASSESSMENT, "elsa", "backend-engineer", 2, List.of(
                new Answered("q-" + UUID.randomUUID(), "api-design", canonicalAnswerText())));
        JsonPath report = awaitReport(sessionId, "COMPLETE");
        UUID answerId = UUID.fromString(report.getString("answers[0].answerId"));
        int machine = report.getInt("answers[0].score");
        int reviewed = machine >= 50 ? 30 : 80;

        JsonPath review = ownerReviews(sessionId, answerId, Map.of("score", reviewed, "reason", "Checked by hand.",
                "keyPoints", List.of(Map.of("index", 1, "status", "MISSING")))).extract().jsonPath();

        ConsumerRecord<String, String> published = KafkaTestClient.awaitRecords(Topics.ANSWER_REVIEWED, 1,
                record -> sessionId.toString().equals(record.key()), WAIT).get(0);
        assertThat(EventContracts.violations(published.value())).isEmpty();
        JsonPath event = JsonPath.from(published.value());
        assertThat(event.getString("type")).isEqualTo("answer-reviewed");
        assertThat(event.getString("data.reviewId")).isEqualTo(review.getString("reviewId"));
        assertThat(event.getInt("data.revision")).isEqualTo(1);
        assertThat(event.getString("data.answerId")).isEqualTo(answerId.toString());
        assertThat(event.getString("data.candidateId")).isEqualTo("elsa");
        assertThat(event.getString("data.assessmentId")).isEqualTo(ASSESSMENT.assessmentId().toString());
        assertThat(event.getString("data.reviewerId")).isEqualTo(OWNER);
        assertThat(event.getInt("data.machineScore")).isEqualTo(machine);
        assertThat(event.getInt("data.previousScore")).isEqualTo(machine);
        assertThat(event.getInt("data.score")).isEqualTo(reviewed);
        assertThat(event.getString("data.keyPoints[1].machineStatus"))
                .isEqualTo(report.getString("answers[0].keyPoints[1].status"));
        assertThat(event.getString("data.keyPoints[1].status")).isEqualTo("MISSING");
        // The report's new overall score is announced as a rescore's is.
        List<ConsumerRecord<String, String>> reports = KafkaTestClient.awaitRecords(Topics.SESSION_SCORED, 2,
                record -> sessionId.toString().equals(record.key()), WAIT);
        JsonPath again = JsonPath.from(reports.get(1).value());
        assertThat(EventContracts.violations(reports.get(1).value())).isEmpty();
        assertThat(again.getDouble("data.overallScore")).isEqualTo(reviewed / 2.0);
        assertThat(again.getInt("data.answers[0].score")).isEqualTo(reviewed);
    }
}
