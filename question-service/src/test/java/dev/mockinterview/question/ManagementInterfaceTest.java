package dev.mockinterview.question;

import dev.mockinterview.testsupport.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static io.restassured.RestAssured.given;

/**
 * Health, metrics and the OpenAPI document are on the management port, which neither the Ingress nor the local
 * one-origin proxy routes: the port the public reaches answers 404 for them.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ManagementInterfaceTest {
    /** The management interface's root, {@code /q/} on its port. */
    @TestHTTPResource(value = "/", management = true)
    URI management;

    @ParameterizedTest
    @ValueSource(strings = {"health/ready", "health/live", "metrics", "openapi", "swagger-ui/"})
    void onlyTheManagementPortServes(String path) {
        given().get("/q/" + path).then().statusCode(404);
        given().get(management.resolve(path)).then().statusCode(200);
    }
}
