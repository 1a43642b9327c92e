package dev.mockinterview.question.api;

import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.question.domain.Question;
import dev.mockinterview.question.domain.QuestionVersion;
import dev.mockinterview.question.testing.Authors;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static dev.mockinterview.question.testing.Authors.admin;
import static dev.mockinterview.question.testing.Authors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class CachedReadsTest {
    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void repeatedReadsOfAQuestionAreServedWithoutTouchingTheDatabase() {
        Authors.createPublished("cached-read", "cache-role", "design", "caching");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        long before = versionsLoaded(statistics);
        as("candidate").get("/api/v1/questions/cached-read").then().statusCode(200);
        long afterFirst = versionsLoaded(statistics);
        for (int i = 0; i < 5; i++) {
            as("candidate").get("/api/v1/questions/cached-read").then().statusCode(200);
            as("recruiter").get("/api/v1/questions/cached-read").then().statusCode(200);
        }
        long afterRepeats = versionsLoaded(statistics);

        assertThat(afterFirst).as("the first read loads the question").isGreaterThan(before);
        assertThat(afterRepeats).as("later reads load nothing").isEqualTo(afterFirst);
    }

    @Test
    void publishingAndRetiringShowAtOnceDespiteTheCache() {
        String etag = Authors.createPublished("cached-then-changed", "cache-role", "design", "invalidation");
        as("candidate").get("/api/v1/questions/cached-then-changed").then().statusCode(200)
                .body("version", equalTo(1));

        admin().header("If-Match", etag).body(Authors.content("The second version, read straight after?"))
                .put("/api/v1/questions/cached-then-changed").then().statusCode(200);
        Authors.publish("cached-then-changed").statusCode(200);
        as("candidate").get("/api/v1/questions/cached-then-changed").then().statusCode(200)
                .body("version", equalTo(2));

        admin().post("/api/v1/questions/cached-then-changed/retire").then().statusCode(200);
        as("candidate").get("/api/v1/questions/cached-then-changed").then().statusCode(404);
    }

    private static long versionsLoaded(Statistics statistics) {
        return statistics.getEntityStatistics(QuestionVersion.class.getName()).getLoadCount()
                + statistics.getEntityStatistics(Question.class.getName()).getLoadCount();
    }
}
