package dev.mockinterview.session.domain;

import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * What V7 makes the database hold to: every existing session is practice (a row written as before assessments
 * existed reads as private practice), an assessment session names its assessment, and a candidate has at most one
 * session of an assessment, whoever writes it.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class SessionKindsInTheDatabaseTest {
    @Inject
    EntityManager entityManager;

    @Test
    void aSessionStoredWithTheColumnsOfBeforeIsPracticeThatOnlyItsCandidateSees() {
        UUID id = UUID.randomUUID();
        String candidate = "old-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                            INSERT INTO interview_session (id, candidate_id, role, status, question_count,
                                                           started_at, deadline)
                            VALUES (?1, ?2, 'backend-engineer', 'IN_PROGRESS', 1, now(), now() + interval '1 hour')""")
                    .setParameter(1, id).setParameter(2, candidate).executeUpdate();
            entityManager.createNativeQuery("""
                            INSERT INTO session_question (session_id, position, question_id, question_version, prompt,
                                                          time_limit_seconds, presented_at)
                            VALUES (?1, 1, 'cap-theorem', 1, 'What is CAP?', 300, now())""")
                    .setParameter(1, id).executeUpdate();
        });

        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT kind FROM interview_session WHERE id = ?1").setParameter(1, id).getSingleResult()))
                .isEqualTo("PRACTICE");
        given().auth().oauth2(TestInfrastructure.token("candidate", candidate)).get("/api/v1/sessions/" + id)
                .then().statusCode(200).body("candidateId", equalTo(candidate)).body("assessment", nullValue());
        given().auth().oauth2(TestInfrastructure.token("recruiter", "rita")).get("/api/v1/sessions/" + id)
                .then().statusCode(404);
    }

    @Test
    void anAssessmentSessionMustNameItsAssessment() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO interview_session (id, candidate_id, role, status, question_count, started_at,
                                                       deadline, kind)
                        VALUES (?1, 'x', 'backend-engineer', 'IN_PROGRESS', 1, now(), now(), 'ASSESSMENT')""")
                .setParameter(1, UUID.randomUUID()).executeUpdate()))
                .rootCause().hasMessageContaining("assessment_sessions_name_their_assessment");
    }

    @Test
    void aCandidateHasOneSessionOfAnAssessmentWhateverWritesIt() {
        UUID assessment = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO assessment (id, owner_id, title, role, question_count, opens_at, closes_at,
                                                shows_feedback, created_at)
                        VALUES (?1, 'rhea', 'Twice', 'backend-engineer', 1, now(), now() + interval '1 hour', true,
                                now())""")
                .setParameter(1, assessment).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> insertAssessmentSession(assessment));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> insertAssessmentSession(assessment)))
                .rootCause().hasMessageContaining("one_session_per_assessment_and_candidate");
    }

    private void insertAssessmentSession(UUID assessment) {
        entityManager.createNativeQuery("""
                        INSERT INTO interview_session (id, candidate_id, role, status, question_count, started_at,
                                                       deadline, kind, assessment_id)
                        VALUES (?1, 'cleo', 'backend-engineer', 'IN_PROGRESS', 1, now(), now(), 'ASSESSMENT', ?2)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, assessment).executeUpdate();
    }
}
