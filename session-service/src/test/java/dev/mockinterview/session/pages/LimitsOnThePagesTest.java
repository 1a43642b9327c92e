package dev.mockinterview.session.pages;

import dev.mockinterview.session.CatalogueFixture;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages keep the candidate's limits as the API does, and say in words which one was reached. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class LimitsOnThePagesTest {
    private static final String ROLE = "page-limits-role";
    private static boolean catalogueReady;

    private final String candidate = TestInfrastructure.token("candidate", "page-limited-" + UUID.randomUUID());

    @BeforeEach
    void catalogueHasOneQuestion() {
        if (!catalogueReady) {
            CatalogueFixture.publishRole(ROLE, 1, TestInfrastructure.token("candidate", "page-limits-probe"));
            catalogueReady = true;
        }
    }

    @Test
    void theStartFormSaysWhenTheCandidateHasAsManyInterviewsInProgressAsTheyMay() {
        for (int i = 0; i < 3; i++) {
            assertThat(start().statusCode()).isEqualTo(303);
        }

        ExtractableResponse<Response> refused = start();

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.asString()).contains("You have 3 interviews in progress, the most you may have at once.",
                "Finish one of them to start another");
    }

    @Test
    void theInterviewPageSaysWhenTheCandidateAnswersTooOften() {
        String interview = start().header("Location").replaceFirst("^https?://[^/]+", "");
        ExtractableResponse<Response> answered = answer(interview);
        for (int i = 0; i < 40 && answered.statusCode() != 429; i++) {
            answered = answer(interview);
        }

        assertThat(answered.statusCode()).isEqualTo(429);
        assertThat(answered.asString()).contains("You have reached the limit of 30 answers a minute. Try again in");
    }

    private ExtractableResponse<Response> start() {
        return CandidatePage.open(candidate, "/interviews").post("/interviews",
                Map.of("role", ROLE, "questionCount", "1"));
    }

    private ExtractableResponse<Response> answer(String interview) {
        return CandidatePage.open(candidate, interview).post(interview + "/answers/1",
                Map.of("text", "The same answer, sent again."));
    }
}
