package dev.mockinterview.session.api;

import dev.mockinterview.testsupport.CapturedLogs;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.session.CatalogueFixture;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The shared request filter of contracts gives a request's log lines the ids of its path. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class RequestLogFieldsTest {

    @Test
    void theLineLoggedForAnAnswerNamesItsSessionAndNeitherItsTextNorTheToken() {
        String candidate = TestInfrastructure.token("candidate", "lena");
        CatalogueFixture.publishRole("log-fields-test-role", 1, candidate);
        String id = given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .body("{\"role\": \"log-fields-test-role\", \"questionCount\": 1}").post("/api/v1/sessions")
                .then().statusCode(201).extract().path("id");
        String text = "Idempotent, said the pangolin " + UUID.randomUUID();

        try (CapturedLogs logs = CapturedLogs.start()) {
            String answerId = given().auth().oauth2(candidate).contentType(ContentType.JSON)
                    .body("{\"text\": \"" + text + "\"}").put("/api/v1/sessions/" + id + "/answers/1")
                    .then().statusCode(200).extract().path("answerId");

            assertThat(logs.lines())
                    .filteredOn(line -> line.message().startsWith("Answer " + answerId + " stored"))
                    .singleElement()
                    .satisfies(line -> assertThat(line.mdc()).containsEntry("sessionId", id));
            assertThat(logs.lines()).noneSatisfy(line -> assertThat(line.everything()).containsAnyOf(
                    "pangolin", candidate));
        }
    }
}
