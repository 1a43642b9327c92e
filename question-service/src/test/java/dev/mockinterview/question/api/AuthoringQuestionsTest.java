package dev.mockinterview.question.api;

import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.question.testing.Authors;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.mockinterview.question.testing.Authors.admin;
import static dev.mockinterview.question.testing.Authors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class AuthoringQuestionsTest {
    private static final String ROLE = "authoring-role";

    @Test
    void aNewQuestionIsADraftThatOnlyAdminsSeeUntilItIsPublished() {
        String etag = Authors.create(Authors.newQuestion("draft-first", ROLE, "design", "drafts"))
                .statusCode(201)
                .header("Location", endsWith("/api/v1/questions/draft-first/versions/1"))
                .body("status", equalTo("draft"))
                .body("version", equalTo(1))
                .body("keyPoints.size()", equalTo(3))
                .extract().header("ETag");
        assertThat(etag).isNotBlank();

        as("recruiter").get("/api/v1/questions/draft-first").then().statusCode(404);
        as("recruiter").get("/api/v1/questions/draft-first/versions/1").then().statusCode(404);
        admin().get("/api/v1/questions/draft-first/versions/1").then().statusCode(200)
                .body("status", equalTo("draft")).header("ETag", etag);

        Authors.publish("draft-first").statusCode(200).body("status", equalTo("published"));

        as("candidate").get("/api/v1/questions/draft-first").then().statusCode(200)
                .body("version", equalTo(1))
                .body("status", equalTo("published"))
                .body("$", not(hasKey("modelAnswer")))
                .body("$", not(hasKey("keyPoints")));
    }

    @Test
    void editingMakesANewDraftAndPublishingItRetiresThePreviousVersionWhichStaysReadable() {
        String etag = Authors.createPublished("edited-twice", ROLE, "design", "editing");

        String afterEdit = admin().header("If-Match", etag)
                .body(Authors.content("What changes when you edit a published question?"))
                .put("/api/v1/questions/edited-twice")
                .then().statusCode(200)
                .body("version", equalTo(2))
                .body("status", equalTo("draft"))
                .header("Content-Location", endsWith("/api/v1/questions/edited-twice/versions/2"))
                .extract().header("ETag");
        assertThat(afterEdit).isNotEqualTo(etag);
        as("recruiter").get("/api/v1/questions/edited-twice").then().statusCode(200).body("version", equalTo(1));

        Authors.publish("edited-twice").statusCode(200).body("version", equalTo(2));

        as("recruiter").get("/api/v1/questions/edited-twice").then().statusCode(200)
                .body("version", equalTo(2))
                .body("prompt", equalTo("What changes when you edit a published question?"));
        as("candidate").get("/api/v1/questions/edited-twice/versions/1").then().statusCode(200)
                .body("status", equalTo("retired"))
                .body("retiredAt", notNullValue())
                .body("prompt", containsString("editing"))
                .body("$", not(hasKey("modelAnswer")));
    }

    @Test
    void anEditBasedOnAnOlderETagIsRefusedWith412AndWritesNothing() {
        String etag = Authors.createPublished("raced-edit", ROLE, "design", "races");
        admin().header("If-Match", etag).body(Authors.content("The first author's edit?"))
                .put("/api/v1/questions/raced-edit").then().statusCode(200);

        admin().header("If-Match", etag).body(Authors.content("The second author's edit?"))
                .put("/api/v1/questions/raced-edit")
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("has changed since you read it"));

        admin().get("/api/v1/questions/raced-edit/versions/3").then().statusCode(404);
        admin().get("/api/v1/questions/raced-edit/versions/2").then().statusCode(200)
                .body("prompt", equalTo("The first author's edit?"));
    }

    @Test
    void anEditWithoutIfMatchIsRefusedWith428() {
        Authors.createPublished("unconditional-edit", ROLE, "design", "preconditions");

        admin().body(Authors.content("An edit that names no version?"))
                .put("/api/v1/questions/unconditional-edit")
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("detail", containsString("If-Match"));
        admin().get("/api/v1/questions/unconditional-edit/versions/2").then().statusCode(404);
    }

    @Test
    void theETagOfAnyReadOfTheQuestionIsAValidBasisForAnEdit() {
        Authors.createPublished("edited-from-a-read", ROLE, "design", "reads");
        String etag = admin().get("/api/v1/questions/edited-from-a-read").then().statusCode(200)
                .extract().header("ETag");

        admin().header("If-Match", etag).body(Authors.content("Edited from what a read returned?"))
                .put("/api/v1/questions/edited-from-a-read").then().statusCode(200);
    }

    @Test
    void retiringTakesTheQuestionOutOfTheCatalogueAndKeepsItsVersionsReadable() {
        Authors.createPublished("retired-one", ROLE, "design", "retirement");

        admin().post("/api/v1/questions/retired-one/retire").then().statusCode(200)
                .body("status", equalTo("retired"));

        as("candidate").get("/api/v1/questions/retired-one").then().statusCode(404);
        as("recruiter").queryParam("role", ROLE).queryParam("size", 100).get("/api/v1/questions").then()
                .statusCode(200).body("items.id", not(org.hamcrest.Matchers.hasItem("retired-one")));
        as("recruiter").get("/api/v1/questions/retired-one/versions/1").then().statusCode(200)
                .body("status", equalTo("retired"))
                .body("modelAnswer", notNullValue());
        admin().post("/api/v1/questions/retired-one/retire").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void publishingWithoutADraftIsAConflict() {
        Authors.createPublished("nothing-new", ROLE, "design", "conflicts");

        Authors.publish("nothing-new").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("not a draft"));
    }

    @Test
    void aSecondQuestionWithATakenIdIsRefusedWith409AndLeavesTheFirstAlone() {
        Authors.create(Authors.newQuestion("taken-id", ROLE, "design", "the first")).statusCode(201);

        Authors.create(Authors.newQuestion("taken-id", ROLE, "other-topic", "the second"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("taken-id"));
        admin().get("/api/v1/questions/taken-id/versions/1").then().statusCode(200)
                .body("topic", equalTo("design"))
                .body("prompt", containsString("the first"));
    }

    @Test
    void onlyAdminsWrite() {
        Map<String, Object> question = Authors.newQuestion("not-by-a-recruiter", ROLE, "design", "roles");

        as("recruiter").body(question).post("/api/v1/questions").then().statusCode(403);
        as("candidate").body(question).post("/api/v1/questions").then().statusCode(403);
        admin().get("/api/v1/questions/not-by-a-recruiter/versions/1").then().statusCode(404);
    }

    @Test
    void anUnknownQuestionCannotBeEditedPublishedOrRetired() {
        admin().header("If-Match", "\"rev-1\"").body(Authors.content("Anyone there?"))
                .put("/api/v1/questions/no-such-question").then().statusCode(404);
        Authors.publish("no-such-question").statusCode(404);
        admin().post("/api/v1/questions/no-such-question/retire").then().statusCode(404);
    }
}
