package dev.mockinterview.session.api;

import dev.mockinterview.session.AssessmentFixture;
import dev.mockinterview.session.CatalogueFixture;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ManagingAssessmentsTest {
    private static final String ROLE = "managing-test-role";
    private static final String ASSESSMENTS = "/api/v1/assessments";
    private static boolean catalogueReady;

    private final String ownerName = "rhea-" + UUID.randomUUID();
    private final String owner = TestInfrastructure.token("recruiter", ownerName);
    private final String otherRecruiter = TestInfrastructure.token("recruiter", "rex-" + UUID.randomUUID());
    private final String admin = TestInfrastructure.token("admin", "ada-" + UUID.randomUUID());
    private final String candidateName = "cleo-" + UUID.randomUUID();
    private final String candidate = TestInfrastructure.token("candidate", candidateName);

    @BeforeEach
    void catalogueHasThreeQuestions() {
        if (!catalogueReady) {
            CatalogueFixture.publishRole(ROLE, 3, TestInfrastructure.token("candidate", "probe-" + UUID.randomUUID()));
            catalogueReady = true;
        }
    }

    @Test
    void aRecruiterCreatesAnAssessmentAndFindsItAmongTheirOwn() {
        Map<String, Object> body = later(AssessmentFixture.drawn(ROLE, 2));
        body.put("rules", Map.of("count", 2, "topics", List.of("api-design"), "difficulty", "junior"));
        String id = AssessmentFixture.create(owner, body).statusCode(201)
                .header("Location", containsString(ASSESSMENTS + "/"))
                .body("ownerId", equalTo(ownerName))
                .body("status", equalTo("SCHEDULED"))
                .body("rules.count", equalTo(2))
                .body("rules.topics", equalTo(List.of("api-design")))
                .body("showsFeedback", equalTo(true))
                .extract().path("id");

        given().auth().oauth2(owner).get(ASSESSMENTS).then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(otherRecruiter).get(ASSESSMENTS).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(admin).get(ASSESSMENTS + "?size=100").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void anotherRecruiterFindsNoTraceOfAnAssessmentAndAnAdminManagesAny() {
        Map<String, Object> body = later(AssessmentFixture.listed(ROLE, question(1)));
        String id = AssessmentFixture.created(owner, body);

        given().auth().oauth2(otherRecruiter).get(ASSESSMENTS + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(otherRecruiter).contentType(ContentType.JSON).body(AssessmentFixture.json(body))
                .put(ASSESSMENTS + "/" + id).then().statusCode(404);
        AssessmentFixture.invite(otherRecruiter, id, candidateName).statusCode(404);
        given().auth().oauth2(otherRecruiter).get(ASSESSMENTS + "/" + id + "/candidates").then().statusCode(404);
        given().auth().oauth2(otherRecruiter).delete(ASSESSMENTS + "/" + id + "/invitations/" + candidateName)
                .then().statusCode(404);

        AssessmentFixture.invite(admin, id, candidateName).statusCode(200);
        given().auth().oauth2(admin).get(ASSESSMENTS + "/" + id + "/candidates").then().statusCode(200)
                .body("items[0].candidateId", equalTo(candidateName));
        given().auth().oauth2(candidate).get(ASSESSMENTS + "/" + id).then().statusCode(403);
        given().get(ASSESSMENTS).then().statusCode(401);
    }

    @Test
    void beforeItOpensEverythingMayChangeAfterwardsOnlyItsClosingTime() {
        Map<String, Object> body = later(AssessmentFixture.listed(ROLE, question(1)));
        String id = AssessmentFixture.created(owner, body);
        body.put("title", "Renamed");
        body.put("questionIds", List.of(question(2), question(3)));
        edit(id, body).statusCode(200).body("title", equalTo("Renamed"))
                .body("questionIds", equalTo(List.of(question(2), question(3))));

        body.put("opensAt", Instant.now().toString());
        edit(id, body).statusCode(200);
        AssessmentFixture.invite(owner, id, candidateName).statusCode(200);
        AssessmentFixture.start(candidate, id).statusCode(201);

        body.put("title", "Renamed again");
        edit(id, body).statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/assessment-opened"));
        body.put("title", "Renamed");
        String closesAt = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).toString();
        body.put("closesAt", closesAt);
        edit(id, body).statusCode(200).body("status", equalTo("OPEN"))
                .body("closesAt", equalTo(closesAt));
        AssessmentFixture.invite(owner, id, "late-" + candidateName).statusCode(200).body("invited", equalTo(1));
    }

    @Test
    void anEditBasedOnAnEarlierReadIsRefusedRatherThanOverwritingTheChangeBetween() {
        Map<String, Object> body = later(AssessmentFixture.listed(ROLE, question(1)));
        String id = AssessmentFixture.created(owner, body);
        String read = given().auth().oauth2(owner).get(ASSESSMENTS + "/" + id).then().statusCode(200)
                .extract().header("ETag");

        body.put("title", "First edit");
        String edited = given().auth().oauth2(owner).header("If-Match", read).contentType(ContentType.JSON)
                .body(AssessmentFixture.json(body)).put(ASSESSMENTS + "/" + id).then().statusCode(200)
                .extract().header("ETag");
        assertThat(edited).isNotEqualTo(read);

        body.put("title", "Second edit, from the old read");
        given().auth().oauth2(owner).header("If-Match", read).contentType(ContentType.JSON)
                .body(AssessmentFixture.json(body)).put(ASSESSMENTS + "/" + id).then().statusCode(412)
                .contentType("application/problem+json").body("type", endsWith("/assessment-changed"));
        given().auth().oauth2(owner).get(ASSESSMENTS + "/" + id).then().body("title", equalTo("First edit"));
    }

    @Test
    void invitationsAreAddedOnceAndWithdrawnUnlessTaken() {
        String id = AssessmentFixture.created(owner, AssessmentFixture.listed(ROLE, question(1)));
        AssessmentFixture.invite(owner, id, candidateName, "dora", candidateName).statusCode(200)
                .body("invited", equalTo(2));
        AssessmentFixture.invite(owner, id, "dora").statusCode(200).body("invited", equalTo(0));
        given().auth().oauth2(owner).delete(ASSESSMENTS + "/" + id + "/invitations/dora").then().statusCode(204);
        AssessmentFixture.start(candidate, id).statusCode(201);

        given().auth().oauth2(owner).delete(ASSESSMENTS + "/" + id + "/invitations/" + candidateName).then()
                .statusCode(409).body("type", endsWith("/invitation-taken"));
        given().auth().oauth2(owner).get(ASSESSMENTS + "/" + id + "/candidates").then()
                .body("total", equalTo(1)).body("items[0].candidateId", equalTo(candidateName));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Map<String, Object> closingFirst = AssessmentFixture.listed(ROLE, question(1));
        closingFirst.put("closesAt", Instant.now().minus(Duration.ofHours(1)).toString());
        refused(closingFirst, "closesAt");

        Map<String, Object> past = AssessmentFixture.listed(ROLE, question(1));
        past.put("opensAt", Instant.now().minus(Duration.ofHours(1)).toString());
        refused(past, "opensAt");

        Map<String, Object> both = AssessmentFixture.listed(ROLE, question(1));
        both.put("rules", Map.of("count", 1));
        refused(both, "questionIds");
        Map<String, Object> neither = AssessmentFixture.listed(ROLE, question(1));
        neither.remove("questionIds");
        refused(neither, "questionIds");

        refused(AssessmentFixture.listed(ROLE, question(1), "no-such-question"), "questionIds")
                .body("detail", containsString("no-such-question"));
        refused(AssessmentFixture.listed(ROLE, question(1), question(1)), "questionIds");
        refused(AssessmentFixture.listed(ROLE), "questionIds");
        refused(AssessmentFixture.listed(ROLE, "Not A Slug"), "questionIds[0]");
        refused(AssessmentFixture.drawn(ROLE, 21), "rules.count");

        Map<String, Object> longTitle = AssessmentFixture.listed(ROLE, question(1));
        longTitle.put("title", "x".repeat(201));
        refused(longTitle, "title");
        Map<String, Object> shortLimit = AssessmentFixture.listed(ROLE, question(1));
        shortLimit.put("timeLimitSeconds", 5);
        refused(shortLimit, "timeLimitSeconds");
        Map<String, Object> unknownField = AssessmentFixture.listed(ROLE, question(1));
        unknownField.put("ownerId", "someone-else");
        refused(unknownField, "ownerId");

        AssessmentFixture.create(owner, AssessmentFixture.drawn(ROLE, 20)).statusCode(422)
                .contentType("application/problem+json").body("type", endsWith("/not-enough-questions"));
    }

    @Test
    void invitationsAreBoundedAndCandidateIdsChecked() {
        String id = AssessmentFixture.created(owner, later(AssessmentFixture.listed(ROLE, question(1))));
        String[] tooMany = Collections.nCopies(501, "c").toArray(String[]::new);
        AssessmentFixture.invite(owner, id, tooMany).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("candidateIds"));
        AssessmentFixture.invite(owner, id, "<script>").statusCode(400);
        AssessmentFixture.invite(owner, id, "x".repeat(129)).statusCode(400);
        AssessmentFixture.invite(owner, id).statusCode(400);
        given().auth().oauth2(owner).get(ASSESSMENTS + "/" + id + "/candidates?size=501").then().statusCode(400);
    }

    private ValidatableResponse refused(Map<String, Object> body, String field) {
        return AssessmentFixture.create(owner, body).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    private ValidatableResponse edit(String id, Map<String, Object> body) {
        return given().auth().oauth2(owner).contentType(ContentType.JSON).body(AssessmentFixture.json(body))
                .put(ASSESSMENTS + "/" + id).then();
    }

    private static Map<String, Object> later(Map<String, Object> body) {
        body.put("opensAt", Instant.now().plus(Duration.ofHours(1)).toString());
        body.put("closesAt", Instant.now().plus(Duration.ofHours(2)).toString());
        return body;
    }

    private static String question(int number) {
        return ROLE + "-question-" + number;
    }
}
