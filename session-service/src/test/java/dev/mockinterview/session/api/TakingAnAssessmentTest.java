package dev.mockinterview.session.api;

import dev.mockinterview.session.AssessmentFixture;
import dev.mockinterview.session.CatalogueFixture;
import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class TakingAnAssessmentTest {
    private static final String ROLE = "assessment-test-role";
    private static boolean catalogueReady;

    private final String recruiter = TestInfrastructure.token("recruiter", "rhea-" + UUID.randomUUID());
    private final String aliceName = "alice-" + UUID.randomUUID();
    private final String alice = TestInfrastructure.token("candidate", aliceName);
    private final String bobName = "bob-" + UUID.randomUUID();
    private final String bob = TestInfrastructure.token("candidate", bobName);

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void catalogueHasFourQuestions() {
        if (!catalogueReady) {
            CatalogueFixture.publishRole(ROLE, 4, TestInfrastructure.token("candidate", "probe-" + UUID.randomUUID()));
            catalogueReady = true;
        }
    }

    @Test
    void invitedCandidatesTakeTheListedQuestionsInOrderAndEachOnlyOnce() {
        String id = AssessmentFixture.created(recruiter, AssessmentFixture.listed(ROLE, question(3), question(1)));
        AssessmentFixture.invite(recruiter, id, aliceName, bobName).statusCode(200).body("invited", equalTo(2));

        given().auth().oauth2(alice).get("/api/v1/assessments/mine").then().statusCode(200)
                .body("items.find { it.assessmentId == '" + id + "' }.status", equalTo("OPEN"));
        String sessionId = AssessmentFixture.start(alice, id).statusCode(201)
                .header("Location", containsString("/api/v1/sessions/"))
                .body("assessment.assessmentId", equalTo(id))
                .body("questionCount", equalTo(2))
                .body("questions[0].questionId", equalTo(question(3)))
                .extract().path("id");

        AssessmentFixture.start(alice, id).statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/assessment-taken"));
        given().auth().oauth2(alice).get("/api/v1/assessments/mine").then().statusCode(200)
                .body("items.find { it.assessmentId == '" + id + "' }.status", equalTo("TAKEN"))
                .body("items.find { it.assessmentId == '" + id + "' }.sessionId", equalTo(sessionId));
        given().auth().oauth2(recruiter).get("/api/v1/assessments/" + id + "/candidates").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.find { it.candidateId == '" + aliceName + "' }.status", equalTo("IN_PROGRESS"))
                .body("items.find { it.candidateId == '" + aliceName + "' }.sessionId", equalTo(sessionId))
                .body("items.find { it.candidateId == '" + bobName + "' }.status", equalTo("INVITED"));
    }

    @Test
    void everyCandidateGetsTheVersionsPinnedWhenItOpenedEvenOneInvitedAfterANewVersionIsPublished() {
        String id = AssessmentFixture.created(recruiter, AssessmentFixture.drawn(ROLE, 2));
        AssessmentFixture.invite(recruiter, id, aliceName).statusCode(200);
        List<String> alicesQuestions = AssessmentFixture.start(alice, id).statusCode(201)
                .extract().path("questions.questionId");
        List<String> pinned = given().auth().oauth2(recruiter).get("/api/v1/assessments/" + id).then()
                .statusCode(200).body("status", equalTo("OPEN")).body("openedAt", notNullValue())
                .extract().path("questions.questionId");
        assertThat(pinned).hasSize(2).startsWith(alicesQuestions.get(0));

        // The catalogue moves on: a new version of the first pinned question.
        CatalogueFixture.publish(pinned.get(0), 2, ROLE);
        await().atMost(Duration.ofSeconds(30)).until(() -> isCurrent(pinned.get(0), 2));

        // Bob is invited only now, after it opened and after the catalogue moved on.
        AssessmentFixture.invite(recruiter, id, bobName).statusCode(200).body("invited", equalTo(1));
        String bobsSession = AssessmentFixture.start(bob, id).statusCode(201).extract().path("id");
        given().auth().oauth2(bob).get("/api/v1/sessions/" + bobsSession).then().statusCode(200)
                .body("questions[0].questionId", equalTo(pinned.get(0)))
                .body("questions[0].questionVersion", equalTo(1));
    }

    @Test
    void twoStartsAtOnceMakeOneSession() throws Exception {
        String id = AssessmentFixture.created(recruiter, AssessmentFixture.listed(ROLE, question(1)));
        AssessmentFixture.invite(recruiter, id, aliceName).statusCode(200);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> starts = IntStream.range(0, 4)
                    .<Callable<Integer>>mapToObj(i -> () -> AssessmentFixture.start(alice, id)
                            .extract().statusCode())
                    .toList();
            List<Integer> statuses = pool.invokeAll(starts).stream().map(TakingAnAssessmentTest::get).toList();
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdown();
        }
        given().auth().oauth2(recruiter).get("/api/v1/assessments/" + id + "/candidates").then()
                .body("items", hasSize(1)).body("items[0].status", equalTo("IN_PROGRESS"));
    }

    @Test
    void anAssessmentCannotBeStartedBeforeItOpensNorAfterItClosesNorWithoutAnInvitation() {
        Map<String, Object> later = AssessmentFixture.listed(ROLE, question(1));
        later.put("opensAt", Instant.now().plus(Duration.ofHours(1)).toString());
        later.put("closesAt", Instant.now().plus(Duration.ofHours(2)).toString());
        String id = AssessmentFixture.created(recruiter, later);
        AssessmentFixture.invite(recruiter, id, aliceName).statusCode(200);

        AssessmentFixture.start(alice, id).statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/assessment-not-open")).body("detail", containsString("opens at"));
        given().auth().oauth2(alice).get("/api/v1/assessments/mine").then()
                .body("items.find { it.assessmentId == '" + id + "' }.status", equalTo("INVITED"));
        AssessmentFixture.start(bob, id).statusCode(404).contentType("application/problem+json");

        AssessmentFixture.shiftClock(entityManager, id, Duration.ofHours(3));
        AssessmentFixture.start(alice, id).statusCode(409).body("type", endsWith("/assessment-closed"));
        given().auth().oauth2(alice).get("/api/v1/assessments/mine").then()
                .body("items.find { it.assessmentId == '" + id + "' }.status", equalTo("MISSED"));
        AssessmentFixture.invite(recruiter, id, bobName).statusCode(409).body("type", endsWith("/assessment-closed"));
        AssessmentFixture.start(alice, UUID.randomUUID().toString()).statusCode(404);
    }

    @Test
    void theOpeningJobPinsADueAssessmentWithoutAnyStart() {
        Map<String, Object> soon = AssessmentFixture.drawn(ROLE, 3);
        soon.put("timeLimitSeconds", 120);
        String id = AssessmentFixture.created(recruiter, soon);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(recruiter)
                .get("/api/v1/assessments/" + id).then().body("status", equalTo("OPEN"))
                .body("questions", hasSize(3))
                .body("questions.timeLimitSeconds", equalTo(List.of(120, 120, 120))));
    }

    @Test
    void anAssessmentTheCatalogueCannotFulfilAtItsOpeningRecordsWhyForItsOwner() {
        String gone = "assessment-test-gone-" + UUID.randomUUID();
        CatalogueFixture.publish(gone, 1, ROLE);
        Map<String, Object> later = AssessmentFixture.listed(ROLE, question(1), gone);
        later.put("opensAt", Instant.now().plus(Duration.ofHours(1)).toString());
        later.put("closesAt", Instant.now().plus(Duration.ofHours(2)).toString());
        String id = await().atMost(Duration.ofSeconds(30)).until(
                () -> AssessmentFixture.create(recruiter, later).extract(), created -> created.statusCode() == 201)
                .path("id");
        AssessmentFixture.invite(recruiter, id, aliceName).statusCode(200);
        CatalogueFixture.retire(gone, 1, ROLE);
        await().atMost(Duration.ofSeconds(30)).until(() -> AssessmentFixture.create(recruiter, later).extract()
                .statusCode() == 400);

        AssessmentFixture.shiftClock(entityManager, id, Duration.ofMinutes(61));
        AssessmentFixture.start(alice, id).statusCode(409).body("type", endsWith("/assessment-not-open"));
        given().auth().oauth2(recruiter).get("/api/v1/assessments/" + id).then().statusCode(200)
                .body("status", equalTo("FAILED_TO_OPEN"))
                .body("openFailure", containsString(gone));
    }

    @Test
    void assessmentSessionsDoNotCountTowardThePracticeLimitsAndTakeTheAssessmentsTimeLimit() {
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(alice).contentType(ContentType.JSON)
                    .body("{\"role\": \"" + ROLE + "\", \"questionCount\": 1}").post("/api/v1/sessions")
                    .then().statusCode(201);
        }
        Map<String, Object> body = AssessmentFixture.listed(ROLE, question(2));
        body.put("timeLimitSeconds", 90);
        String id = AssessmentFixture.created(recruiter, body);
        AssessmentFixture.invite(recruiter, id, aliceName).statusCode(200);

        String sessionId = AssessmentFixture.start(alice, id).statusCode(201)
                .body("questions[0].timeLimitSeconds", equalTo(90)).extract().path("id");
        given().auth().oauth2(alice).contentType(ContentType.JSON).body("{\"text\": \"my answer\"}")
                .put("/api/v1/sessions/" + sessionId + "/answers/1").then().statusCode(200);
        // The practice limit still holds for practice.
        given().auth().oauth2(alice).contentType(ContentType.JSON)
                .body("{\"role\": \"" + ROLE + "\", \"questionCount\": 1}").post("/api/v1/sessions")
                .then().statusCode(429);
    }

    private boolean isCurrent(String questionId, int version) {
        return QuarkusTransaction.requiringNew().call(() -> !entityManager.createNativeQuery("""
                        SELECT 1 FROM catalogue_question WHERE question_id = ?1 AND version = ?2 AND current""")
                .setParameter(1, questionId)
                .setParameter(2, version)
                .getResultList().isEmpty());
    }

    private static String question(int number) {
        return ROLE + "-question-" + number;
    }

    private static int get(Future<Integer> status) {
        try {
            return status.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
