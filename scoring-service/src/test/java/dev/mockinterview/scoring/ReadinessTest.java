package dev.mockinterview.scoring;

import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ReadinessTest {
    /** The management interface's root ({@code /q/} on the management port): health and metrics are there. */
    @TestHTTPResource(value = "/", management = true)
    URI management;

    @Test
    void theServiceIsReadyOnceItsDatabaseAndEveryConsumedChannelAre() {
        given().when().get(management.resolve("health/ready"))
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"))
                .body(containsString("question-catalogue"))
                .body(containsString("answer-submitted"))
                .body(containsString("session-completed"));
    }
}
