package dev.mockinterview.scoring.pages;

import dev.mockinterview.localstack.TokenIssuer;
import dev.mockinterview.scoring.testing.TestSessions.Answered;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static dev.mockinterview.scoring.testing.TestReviews.ASSESSMENT;
import static dev.mockinterview.scoring.testing.TestEvents.canonicalAnswerText;
import static dev.mockinterview.scoring.testing.TestReports.awaitReport;
import static dev.mockinterview.scoring.testing.TestReviews.OWNER;
import static dev.mockinterview.scoring.testing.TestSessions.completedSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ReviewingOnTheReportPageTest {
    private static final String OWNER_TOKEN = TestInfrastructure.token("recruiter", OWNER);

    @Test
    void theOwnerReviewsAnAnswerFromItsFormAndThePageShowsBothScoresAndTheHistory() {
        UUID sessionId = session("pia");
        JsonPath report = awaitReport(sessionId, "COMPLETE");
        int machine = report.getInt("answers[0].score");
        int reviewed = machine >= 50 ? 15 : 85;
        String path = "/recruiter/reports/" + sessionId;
        Response page = browser(OWNER_TOKEN).get(path);
        Element form = Jsoup.parse(page.asString()).selectFirst("form.review-form");
        assertThat(form.select("select[name=status]")).hasSize(report.getList("answers[0].keyPoints").size());

        browser(OWNER_TOKEN).cookie("csrf-token", page.cookie("csrf-token"))
                .formParam("csrf-token", form.selectFirst("input[name=csrf-token]").val())
                .formParam("score", String.valueOf(reviewed))
                .formParam("status", "PARTIAL").formParam("status", "").formParam("status", "")
                .formParam("reason", "The answer <em>names</em> the methods but never says why.")
                .post(form.attr("action"))
                .then().statusCode(303).header("Location", endsWith(path + "#answer-1"));

        Document after = Jsoup.parse(browser(OWNER_TOKEN).get(path).asString());
        Element card = after.selectFirst("section:has(h3)");
        assertThat(card.selectFirst(".final-score").text()).isEqualTo(String.valueOf(reviewed));
        assertThat(card.selectFirst(".score").text()).isEqualTo(String.valueOf(machine));
        assertThat(card.selectFirst(".review-reason").text())
                .isEqualTo("The answer <em>names</em> the methods but never says why.");
        assertThat(card.select("tbody tr").get(0).select("td").last().text()).isEqualTo("partial");
        assertThat(card.select(".review-history li")).singleElement().satisfies(item -> assertThat(item.text())
                .contains("Revision 1: " + machine + " to " + reviewed + " by " + OWNER));
        assertThat(after.selectFirst(".reviewed").text()).contains("Reviewed by " + OWNER);
        assertThat(after.selectFirst("section[aria-labelledby=summary-heading] .score").text())
                .isEqualTo(awaitReport(sessionId, "COMPLETE").getString("overallScore"));

        Document feedback = Jsoup.parse(browser(TestInfrastructure.token("candidate", "pia"))
                .get("/feedback/" + sessionId).then().statusCode(200).extract().asString());
        Element answer = feedback.selectFirst("article");
        assertThat(answer.text()).contains("Score " + reviewed + " of 100", "Reviewed by a person",
                "the automatic score was " + machine).doesNotContain(OWNER);
        assertThat(answer.selectFirst(".key-points li .status").text()).isEqualTo("partial");
    }

    @Test
    void aRefusedReviewShowsTheFormAgainWithWhatIsWrongAndSavesNothing() {
        UUID sessionId = session("pavel");
        String path = "/recruiter/reports/" + sessionId;
        Response page = browser(OWNER_TOKEN).get(path);
        Element form = Jsoup.parse(page.asString()).selectFirst("form.review-form");

        String html = browser(OWNER_TOKEN).cookie("csrf-token", page.cookie("csrf-token"))
                .formParam("csrf-token", form.selectFirst("input[name=csrf-token]").val())
                .formParam("score", "101").formParam("reason", "  ")
                .post(form.attr("action"))
                .then().statusCode(400).extract().asString();

        Element refused = Jsoup.parse(html).selectFirst("form.review-form");
        assertThat(refused.selectFirst("input[name=score]").val()).isEqualTo("101");
        assertThat(refused.selectFirst("#score-1-error").text()).isEqualTo("must be between 0 and 100");
        assertThat(refused.selectFirst("#reason-1-error").text()).isEqualTo("must say why");
        assertThat(refused.selectFirst("[role=alert]").text()).startsWith("Not saved");
        assertThat(awaitReport(sessionId, "COMPLETE").getList("answers[0].reviews")).isEmpty();
    }

    @Test
    void anotherRecruiterSeesNoFormAndCannotPostOne() {
        UUID sessionId = session("perla");
        String path = "/recruiter/reports/" + sessionId;
        String stranger = TestInfrastructure.token("recruiter", "another-recruiter");
        Response owners = browser(OWNER_TOKEN).get(path);
        String action = Jsoup.parse(owners.asString()).selectFirst("form.review-form").attr("action");
        Response page = browser(stranger).get(path);

        assertThat(Jsoup.parse(page.asString()).select("form.review-form")).isEmpty();
        browser(stranger).cookie("csrf-token", owners.cookie("csrf-token"))
                .formParam("csrf-token", Jsoup.parse(owners.asString()).selectFirst("input[name=csrf-token]").val())
                .formParam("score", "0").formParam("reason", "Not mine.")
                .post(action).then().statusCode(404);
        // A forged post from another site carries the cookie but not the page's token.
        browser(OWNER_TOKEN).contentType("text/plain").body("score=0&reason=forged").post(action)
                .then().statusCode(403);
        assertThat(awaitReport(sessionId, "COMPLETE").getList("answers[0].reviews")).isEmpty();
    }

    private static UUID session(String candidateId) {
        return completedSession(ASSESSMENT, candidateId, "backend-engineer", 1, List.of(
                new Answered("q-" + UUID.randomUUID(), "api-design", canonicalAnswerText())));
    }

    private static RequestSpecification browser(String token) {
        return given().redirects().follow(false).cookie(TokenIssuer.COOKIE, token);
    }
}
