package dev.mockinterview.scoring.pages;

import dev.mockinterview.contracts.Topics;
import dev.mockinterview.testsupport.KafkaTestClient;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.scoring.testing.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class TryingARubricInThePlaygroundTest {
    private static final String PLAYGROUND = "/author/playground";
    private static final String PROMPT = "Which HTTP methods are idempotent, and why does it matter to a client that "
            + "retries?";
    private static final String MODEL_ANSWER = "GET, PUT and DELETE are idempotent: repeating them leaves the same "
            + "server state. POST is not, so a retried POST can create a duplicate unless an idempotency key is used.";
    private static final List<String> KEY_POINTS = List.of("GET, PUT and DELETE are idempotent, POST is not",
            "Retrying a POST can create duplicates unless an idempotency key is used");
    private static final String GOOD = "GET, PUT and DELETE can be repeated safely, POST cannot. A client that "
            + "retries a POST after a timeout may create a second order, unless it sends an idempotency key.";
    private static final String HALF = "GET and PUT can be sent twice without harm.";
    private static final String GIBBERISH = "blorf snazzle wuggle frimp";

    @Test
    void threeSamplesAreScoredAsThePreviewScoresThemAndGibberishIsFlagged() {
        Response response = rubric(playgroundForm("admin"))
                .formParam("sample", GOOD, HALF, GIBBERISH)
                .post(PLAYGROUND);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.asString());
        List<Element> results = page.select("section.sample-result");
        assertThat(results).extracting(result -> result.selectFirst("h3").text())
                .containsExactly("Sample answer 1", "Sample answer 2", "Sample answer 3");
        Map<String, Object> preview = given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                .contentType(ContentType.JSON)
                .body(Map.of("question", Map.of("prompt", PROMPT, "modelAnswer", MODEL_ANSWER, "keyPoints", List.of(
                        Map.of("text", KEY_POINTS.get(0), "weight", 2, "alternatives",
                                List.of("POST creates a new resource each time")),
                        Map.of("text", KEY_POINTS.get(1), "weight", 1.5, "alternatives", List.of()))),
                        "answer", GOOD))
                .post("/api/v1/scoring/preview").then().statusCode(200).extract().jsonPath().getMap("$");
        Element good = results.get(0);
        assertThat(good.select(".score").text()).isEqualTo(String.valueOf(preview.get("score")));
        assertThat(good.select(".band").text()).isEqualTo(((String) preview.get("band")).toLowerCase());
        assertThat(good.select("tbody tr")).hasSize(2).allSatisfy(row -> {
            assertThat(row.select("td").get(1).text()).isIn("covered", "partial");
            assertThat(row.select("mark.evidence").text()).isNotEmpty();
        });
        assertThat(good.text()).contains("No flags.");
        Element gibberish = results.get(2);
        assertThat(gibberish.select(".score").text()).isEqualTo("0");
        assertThat(gibberish.select(".flag").eachText()).containsExactly("gibberish");
        assertThat(gibberish.select("tbody td:eq(1)").eachText()).containsOnly("missing");
        assertThat(page.select("#sample-2").text()).isEqualTo(GIBBERISH);
    }

    @Test
    void theEditorsFormPostedWithQuestionServicesTokenOpensPrefilled() {
        // question-service renders its own token; with the shared defaults (no signature key) it is the cookie's
        // value, which scoring-service checks the field against.
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        RequestSpecification editorForm = given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                .cookie("csrf-token", token).formParam("csrf-token", token)
                .formParam("id", "idempotent-http-methods").formParam("revision", "4")
                .formParam("rationale", "Retries are everywhere.");

        Response response = rubric(editorForm).post(PLAYGROUND);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("#prompt").text()).isEqualTo(PROMPT);
        assertThat(page.select("input[name=keyPoint]").eachAttr("value")).isEqualTo(KEY_POINTS);
        assertThat(page.select("#weight-1").val()).isEqualTo("1.5");
        assertThat(page.select("#alternatives-0").text()).isEqualTo("POST creates a new resource each time");
        assertThat(page.select("[role=status]").text()).isEqualTo("Write sample answers, then press Score samples.");
        assertThat(page.select("textarea[name=sample]")).hasSize(3);

        assertThat(rubric(given().auth().oauth2(TestInfrastructure.token("admin", "ada"))
                .cookie("csrf-token", token).formParam("csrf-token", token.substring(1) + "A"))
                .post(PLAYGROUND).statusCode()).isEqualTo(400);
    }

    @Test
    void aPublishedVersionThatScoringHoldsOpensPrefilled() {
        KafkaTestClient.send(Topics.QUESTION_CATALOGUE, "playground-stored",
                TestEvents.questionPublished("playground-stored"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Document page = page("admin", PLAYGROUND + "?question=playground-stored&version=1");
            assertThat(page.select("[role=status]").text())
                    .isEqualTo("Prefilled from version 1 of playground-stored.");
            assertThat(page.select("#prompt").text()).isEqualTo(PROMPT);
            assertThat(page.select("input[name=keyPoint]")).isNotEmpty();
        });
        assertThat(page("admin", PLAYGROUND + "?question=playground-stored&version=9").select("[role=alert]").text())
                .contains("Scoring holds no version 9 of playground-stored");
    }

    @Test
    void aWeightThatIsNotANumberIsMarkedAndNothingIsScored() {
        Response response = playgroundForm("recruiter")
                .formParam("prompt", PROMPT).formParam("modelAnswer", MODEL_ANSWER)
                .formParam("keyPoint", KEY_POINTS.get(0)).formParam("weight", "heavy").formParam("alternatives", "")
                .formParam("sample", GOOD)
                .post(PLAYGROUND);

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("#weight-0").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#weight-0").val()).isEqualTo("heavy");
        assertThat(page.select("#weight-0-error").text()).isEqualTo("must be a number");
        assertThat(page.select("section.sample-result")).isEmpty();
    }

    @Test
    void aScriptInAPromptOrASampleAnswerIsShownAsText() {
        String script = "<script>alert(1)</script>";
        String html = playgroundForm("admin")
                .formParam("prompt", script + " Which methods are idempotent?")
                .formParam("modelAnswer", MODEL_ANSWER)
                .formParam("sample", script + " GET, PUT and DELETE are idempotent, POST is not.")
                .post(PLAYGROUND).then().statusCode(200).extract().asString();

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(script);
        assertThat(Jsoup.parse(html).select("section.sample-result")).hasSize(1);
    }

    @Test
    void candidatesCannotOpenThePlayground() {
        assertThat(given().auth().oauth2(TestInfrastructure.token("candidate", "cara")).get(PLAYGROUND).statusCode())
                .isEqualTo(403);
        assertThat(given().auth().oauth2(TestInfrastructure.token("recruiter", "rex")).get(PLAYGROUND).statusCode())
                .isEqualTo(200);
    }

    private static RequestSpecification rubric(RequestSpecification form) {
        return form.formParam("prompt", PROMPT).formParam("modelAnswer", MODEL_ANSWER)
                .formParam("keyPoint", KEY_POINTS.get(0), KEY_POINTS.get(1))
                .formParam("weight", "2", "1.5")
                .formParam("alternatives", "POST creates a new resource each time\n", "");
    }

    // A post of the playground's own form, with the CSRF token and cookie the page gave.
    private static RequestSpecification playgroundForm(String role) {
        Response page = given().auth().oauth2(TestInfrastructure.token(role, role + "-user")).get(PLAYGROUND);
        String token = Jsoup.parse(page.asString()).select("input[name=csrf-token]").attr("value");
        return given().auth().oauth2(TestInfrastructure.token(role, role + "-user"))
                .cookie("csrf-token", page.cookie("csrf-token")).formParam("csrf-token", token);
    }

    private static Document page(String role, String path) {
        return Jsoup.parse(given().auth().oauth2(TestInfrastructure.token(role, role + "-user")).get(path).asString());
    }
}
