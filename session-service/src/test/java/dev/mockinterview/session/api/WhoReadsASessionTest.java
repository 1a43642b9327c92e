package dev.mockinterview.session.api;

import dev.mockinterview.session.AssessmentFixture;
import dev.mockinterview.session.CatalogueFixture;
import dev.mockinterview.testsupport.CapturedLogs;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.web.AdminReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class WhoReadsASessionTest {
    private static final String ROLE = "reading-test-role";
    private static boolean catalogueReady;

    private final String candidateName = "cara-" + UUID.randomUUID();
    private final String candidate = TestInfrastructure.token("candidate", candidateName);
    private final String ownerName = "rhea-" + UUID.randomUUID();
    private final String owner = TestInfrastructure.token("recruiter", ownerName);
    private final String otherRecruiter = TestInfrastructure.token("recruiter", "rex-" + UUID.randomUUID());
    private final String adminName = "ada-" + UUID.randomUUID();
    private final String admin = TestInfrastructure.token("admin", adminName);

    @BeforeEach
    void catalogueHasTwoQuestions() {
        if (!catalogueReady) {
            CatalogueFixture.publishRole(ROLE, 2, TestInfrastructure.token("candidate", "probe-" + UUID.randomUUID()));
            catalogueReady = true;
        }
    }

    @Test
    void practiceIsPrivateToItsCandidateAndEveryAdminReadIsOnRecord() {
        String sessionId = given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"role\": \"" + ROLE + "\", \"questionCount\": 1}").post("/api/v1/sessions")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(owner).get("/api/v1/sessions/" + sessionId).then().statusCode(404)
                .contentType("application/problem+json");
        try (CapturedLogs logs = CapturedLogs.start()) {
            given().auth().oauth2(candidate).get("/api/v1/sessions/" + sessionId).then().statusCode(200);
            assertThat(logs.lines()).noneMatch(line -> line.logger().equals(AdminReads.CATEGORY));

            given().auth().oauth2(admin).get("/api/v1/sessions/" + sessionId).then().statusCode(200)
                    .body("candidateId", equalTo(candidateName));
            assertThat(logs.lines()).filteredOn(line -> line.logger().equals(AdminReads.CATEGORY))
                    .extracting(CapturedLogs.Line::message)
                    .containsExactly("admin-read-practice admin=" + adminName + " candidate=" + candidateName
                            + " session=" + sessionId + " what=session");
        }
    }

    @Test
    void anAssessmentSessionIsReadByItsCandidateTheAssessmentsOwnerAndAdminsOnly() {
        String assessmentId = AssessmentFixture.created(owner, AssessmentFixture.listed(ROLE, ROLE + "-question-1"));
        AssessmentFixture.invite(owner, assessmentId, candidateName).statusCode(200);
        String sessionId = AssessmentFixture.start(candidate, assessmentId).statusCode(201).extract().path("id");

        given().auth().oauth2(candidate).get("/api/v1/sessions/" + sessionId).then().statusCode(200)
                .body("assessment.assessmentId", equalTo(assessmentId));
        given().auth().oauth2(owner).get("/api/v1/sessions/" + sessionId).then().statusCode(200)
                .body("candidateId", equalTo(candidateName))
                .body("assessment.ownerId", equalTo(ownerName));
        try (CapturedLogs logs = CapturedLogs.start()) {
            given().auth().oauth2(admin).get("/api/v1/sessions/" + sessionId).then().statusCode(200);
            assertThat(logs.lines()).noneMatch(line -> line.logger().equals(AdminReads.CATEGORY));
        }
        given().auth().oauth2(otherRecruiter).get("/api/v1/sessions/" + sessionId).then().statusCode(404);
        given().auth().oauth2(TestInfrastructure.token("candidate", "ivan")).get("/api/v1/sessions/" + sessionId)
                .then().statusCode(404);
    }
}
