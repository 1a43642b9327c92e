package dev.mockinterview.scoring.api;

import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff user may have 60 sample answers scored a minute (the default), by the preview API and the rubric
 * playground together. Each test is a user of its own.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class PreviewLimitsTest {
    private static final String PROMPT = "Why do retries need idempotent operations?";
    private static final String MODEL_ANSWER = "A retried request may run twice; an idempotent one leaves the same "
            + "state however often it runs, so retrying it is safe.";
    private static final String ANSWER = "Retries can repeat a request, so it must be safe to run twice.";

    @Test
    void previewsPastSixtyInAMinuteAreRefusedNamingTheLimit() {
        String token = TestInfrastructure.token("admin", "previewer-" + UUID.randomUUID());
        // The bucket holds 60 and gains one back a second, so a few more may pass while these are sent.
        int accepted = 0;
        ExtractableResponse<Response> refused = preview(token);
        while (refused.statusCode() == 200 && accepted < 90) {
            accepted++;
            refused = preview(token);
        }

        assertThat(accepted).isBetween(60, 80);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<String>path("type")).isEqualTo("https://mockinterview.dev/problems/too-many-requests");
        assertThat(refused.<String>path("limit")).isEqualTo("previews-per-minute");
        assertThat(refused.<String>path("detail"))
                .startsWith("You have reached the limit of 60 sample answers scored a minute. Try again in");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 2L);
        // Another user previews as usual.
        assertThat(preview(TestInfrastructure.token("recruiter", "other-" + UUID.randomUUID())).statusCode())
                .isEqualTo(200);
    }

    @Test
    void thePlaygroundDrawsOnTheSameAllowanceCountingEachSampleAndSaysWhichLimitWasReached() {
        String token = TestInfrastructure.token("recruiter", "playground-" + UUID.randomUUID());
        int previews = 0;
        while (previews < 90 && preview(token).statusCode() == 200) {
            previews++;
        }
        assertThat(previews).isBetween(60, 80);

        // Ten samples need ten tokens, ten seconds' worth.
        Response run = playground(token, Collections.nCopies(10, ANSWER));

        assertThat(run.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(run.asString()).text())
                .contains("Not scored: You have reached the limit of 60 sample answers scored a minute. Try again in");
    }

    private static ExtractableResponse<Response> preview(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("question", Map.of("prompt", PROMPT, "modelAnswer", MODEL_ANSWER, "keyPoints",
                        List.of(Map.of("text", "An idempotent request is safe to retry", "weight", 1,
                                "alternatives", List.of()))), "answer", ANSWER))
                .post("/api/v1/scoring/preview").then().extract();
    }

    // The playground's own form, with the CSRF token and cookie its page gave, and these sample answers.
    private static Response playground(String token, List<String> samples) {
        Response page = given().auth().oauth2(token).get("/author/playground");
        String csrf = Jsoup.parse(page.asString()).select("input[name=csrf-token]").attr("value");
        return given().auth().oauth2(token).cookie("csrf-token", page.cookie("csrf-token"))
                .formParam("csrf-token", csrf)
                .formParam("prompt", PROMPT).formParam("modelAnswer", MODEL_ANSWER)
                .formParam("keyPoint", "An idempotent request is safe to retry").formParam("weight", "1")
                .formParam("alternatives", "")
                .formParam("sample", samples.toArray())
                .post("/author/playground");
    }
}
