package dev.mockinterview.scoring.api;

import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * An export streams every matching report however many there are, up to scoring.export.max-rows (50,000): a filter
 * that matches more gets 422 naming the cap, not a spreadsheet cut short without a word. The sessions are of an
 * assessment of the recruiter who exports them.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ExportingManyReportsTest {
    private static final int MAX_ROWS = 50_000;
    private final String role = "bulk-" + UUID.randomUUID();

    @Inject
    EntityManager entityManager;

    @AfterEach
    void removeTheBulk() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("DELETE FROM session_progress WHERE role = ?1").setParameter(1, role)
                .executeUpdate());
    }

    @Test
    void anExportOfAsManyReportsAsTheCapHoldsThemAllInOrderAndOneMoreIsRefused() throws IOException {
        completedSessions(1, MAX_ROWS);

        String csv = recruiter().accept("text/csv").get("/api/v1/reports").then().statusCode(200).extract().asString();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(MAX_ROWS);
        assertThat(rows.get(0).get("candidate_id")).isEqualTo("bulk-" + MAX_ROWS);
        assertThat(rows.get(rows.size() - 1).get("candidate_id")).isEqualTo("bulk-1");

        completedSessions(MAX_ROWS + 1, MAX_ROWS + 1);

        recruiter().accept("text/csv").get("/api/v1/reports").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mockinterview.dev/problems/export-too-large"))
                .body("detail", containsString("matches 50001 rows; an export holds at most 50000"));
    }

    // Completed, reported sessions numbered from first to last, each completed a second after the one before.
    private void completedSessions(int first, int last) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO session_progress (session_id, candidate_id, role, question_count, answer_ids,
                            ended_as, completed_at, overall_score, reported_at, time_taken_millis, topic_scores,
                            assessment_id, assessment_title, assessment_owner, assessment_shows_feedback)
                        SELECT gen_random_uuid(), 'bulk-' || n, ?1, 1, '{}', 'FINISHED',
                            timestamptz '2001-01-01T00:00:00Z' + n * interval '1 second', n % 100, now(), 0, '[]',
                            gen_random_uuid(), 'Bulk', 'rita', true
                        FROM generate_series(?2, ?3) AS n""")
                .setParameter(1, role).setParameter(2, first).setParameter(3, last).executeUpdate());
    }

    private RequestSpecification recruiter() {
        return given().auth().oauth2(TestInfrastructure.token("recruiter", "rita")).queryParam("role", role);
    }
}
