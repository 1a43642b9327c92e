package dev.mockinterview.session.api;

import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.session.CatalogueFixture;
import dev.mockinterview.session.domain.Answer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class RacingSubmissionsTest {
    private static final int RACERS = 8;

    @Test
    void simultaneousDifferentAnswersToOnePositionStoreExactlyOneAndTheOthersGet409() throws Exception {
        String candidate = TestInfrastructure.token("candidate", "rachel");
        CatalogueFixture.publishRole("race-test-role", 2, candidate);
        String sessionId = given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"role\": \"race-test-role\", \"questionCount\": 2}").post("/api/v1/sessions")
                .then().statusCode(201).extract().path("id");

        CountDownLatch startingLine = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int racer = 0; racer < RACERS; racer++) {
                String text = "racer " + racer + "'s answer";
                Callable<Integer> submit = () -> {
                    startingLine.await();
                    return given().auth().oauth2(candidate).contentType(ContentType.JSON)
                            .body("{\"text\": \"" + text + "\"}")
                            .put("/api/v1/sessions/" + sessionId + "/answers/1").statusCode();
                };
                statuses.add(pool.submit(submit));
            }
            startingLine.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get());
            }

            assertThat(codes).containsOnly(200, 409);
            assertThat(codes).filteredOn(code -> code == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        long stored = QuarkusTransaction.requiringNew().call(() -> Answer.count("session.id = ?1 and position = 1",
                UUID.fromString(sessionId)));
        assertThat(stored).isEqualTo(1);
    }
}
