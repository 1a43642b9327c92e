package dev.mockinterview.session.api;

import dev.mockinterview.session.CatalogueFixture;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * A candidate's limits, at their defaults: 3 sessions in progress at once, 20 sessions started a day, 30 answers a
 * minute. Each test is a candidate of its own, so that no test uses up another's allowance.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class PerCandidateLimitsTest {
    private static final String ROLE = "limits-test-role";
    private static boolean catalogueReady;

    private final String name = "limited-" + UUID.randomUUID();
    private final String candidate = TestInfrastructure.token("candidate", name);

    @BeforeEach
    void catalogueHasTwoQuestions() {
        if (!catalogueReady) {
            CatalogueFixture.publishRole(ROLE, 2, TestInfrastructure.token("candidate", "limits-probe"));
            catalogueReady = true;
        }
    }

    @Test
    void aFourthSessionInProgressIsRefusedUntilOneEnds() {
        List<String> open = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            open.add(start().then().statusCode(201).extract().path("id"));
        }

        ExtractableResponse<Response> refused = start().then().extract();

        assertTooMany(refused, "open-sessions-per-candidate");
        // The earliest session ends at its deadline: two questions of 300 seconds and their grace, at most.
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 620L);
        assertThat(refused.<String>path("detail")).contains("You have 3 interviews in progress");

        given().auth().oauth2(candidate).post("/api/v1/sessions/" + open.get(0) + "/abandon").then().statusCode(200);
        start().then().statusCode(201);
    }

    @Test
    void twoStartsAtOnceCannotBothTakeTheLastPlaceInProgress() throws Exception {
        start().then().statusCode(201);
        start().then().statusCode(201);
        int attempts = 6;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch startingLine = new CountDownLatch(1);
        try {
            List<Future<Integer>> starts = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                starts.add(pool.submit((Callable<Integer>) () -> {
                    startingLine.await();
                    return start().statusCode();
                }));
            }
            startingLine.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> started : starts) {
                statuses.add(started.get());
            }
            assertThat(statuses).containsOnly(201, 429).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(given().auth().oauth2(candidate).get("/api/v1/sessions?size=100").then().statusCode(200)
                .extract().<List<String>>path("items.status")).containsOnly("IN_PROGRESS").hasSize(3);
    }

    @Test
    void aTwentyFirstSessionInADayIsRefusedAndRefusedStartsDoNotCount() {
        for (int i = 0; i < 3; i++) {
            start().then().statusCode(201);
        }
        // Refused for being one too many in progress: no session started, none counted against the day.
        start().then().statusCode(429);
        for (String id : given().auth().oauth2(candidate).get("/api/v1/sessions?size=100").then()
                .extract().<List<String>>path("items.id")) {
            given().auth().oauth2(candidate).post("/api/v1/sessions/" + id + "/abandon").then().statusCode(200);
        }
        for (int i = 3; i < 20; i++) {
            String id = start().then().statusCode(201).extract().path("id");
            given().auth().oauth2(candidate).post("/api/v1/sessions/" + id + "/abandon").then().statusCode(200);
        }

        ExtractableResponse<Response> refused = start().then().extract();

        assertTooMany(refused, "sessions-per-day");
        // One more comes back every 86400 / 20 seconds.
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(4_000L, 4_320L);
        assertThat(refused.<String>path("detail"))
                .isEqualTo("You have reached the limit of 20 interviews started a day. Try again in 72 minutes.");
    }

    @Test
    void answersPastThirtyInAMinuteAreRefusedWhateverTheAnswer() {
        String id = start().then().statusCode(201).extract().path("id");
        // Sending the stored answer again changes nothing, but it is a request all the same. The bucket holds 30 and
        // gains one back every 2 seconds, so a few more may pass while these are sent.
        int accepted = 0;
        ExtractableResponse<Response> refused = answer(id).then().extract();
        while (refused.statusCode() == 200 && accepted < 40) {
            accepted++;
            refused = answer(id).then().extract();
        }

        assertThat(accepted).isBetween(30, 35);
        assertTooMany(refused, "answers-per-minute");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 2L);
        // Another candidate answers as usual.
        String other = TestInfrastructure.token("candidate", "unlimited-" + UUID.randomUUID());
        String theirs = given().auth().oauth2(other).contentType(ContentType.JSON)
                .body("{\"role\": \"" + ROLE + "\", \"questionCount\": 1}").post("/api/v1/sessions")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(other).contentType(ContentType.JSON).body("{\"text\": \"mine\"}")
                .put("/api/v1/sessions/" + theirs + "/answers/1").then().statusCode(200);
    }

    private static void assertTooMany(ExtractableResponse<Response> refused, String limit) {
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<String>path("type")).isEqualTo("https://mockinterview.dev/problems/too-many-requests");
        assertThat(refused.<String>path("limit")).isEqualTo(limit);
        assertThat(refused.header("Retry-After")).matches("[1-9][0-9]*");
    }

    private Response start() {
        return given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"role\": \"" + ROLE + "\", \"questionCount\": 2}").post("/api/v1/sessions");
    }

    private Response answer(String sessionId) {
        return given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"text\": \"The same answer, sent again.\"}")
                .put("/api/v1/sessions/" + sessionId + "/answers/1");
    }
}
