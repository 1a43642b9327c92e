package dev.mockinterview.question.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.question.testing.Authors;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.mockinterview.question.testing.Authors.admin;
import static dev.mockinterview.question.testing.Authors.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ImportingAndExportingBanksTest {
    private static final String IMPORT = "/api/v1/question-banks/import";
    private static final String EXPORT = "/api/v1/question-banks/export";

    @Test
    void theShippedBankExportsAndImportsBackWithoutChangingAnythingInJsonAndInYaml() {
        String json = admin().queryParam("role", "backend-engineer").get(EXPORT)
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();

        admin().body(json).post(IMPORT).then().statusCode(200)
                .body("added", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(46));
        assertThat(admin().queryParam("role", "backend-engineer").get(EXPORT).asString()).isEqualTo(json);

        String yaml = admin().accept("application/yaml").queryParam("role", "backend-engineer").get(EXPORT)
                .then().statusCode(200).contentType(startsWith("application/yaml")).extract().asString();
        given().auth().oauth2(TestInfrastructure.token("admin", "ada")).contentType("application/yaml").body(yaml.getBytes(StandardCharsets.UTF_8))
                .post(IMPORT).then().statusCode(200).body("unchanged", equalTo(46));
        assertThat(admin().accept("application/yaml").queryParam("role", "backend-engineer").get(EXPORT).asString())
                .isEqualTo(yaml);
    }

    @Test
    void aNewBankIsAddedOnceAndAnEditedQuestionGetsANewVersion() {
        Map<String, Object> bank = bank("bank-role", entry("bank-first"), entry("bank-second"));

        admin().body(bank).post(IMPORT).then().statusCode(200)
                .body("role", equalTo("bank-role")).body("added", equalTo(2)).body("unchanged", equalTo(0));
        admin().body(bank).post(IMPORT).then().statusCode(200)
                .body("added", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));
        as("recruiter").get("/api/v1/questions/bank-first").then().statusCode(200)
                .body("version", equalTo(1)).body("status", equalTo("published"));

        questions(bank).get(1).put("modelAnswer", "A better model answer that names the trade-off and a failure.");
        admin().body(bank).post(IMPORT).then().statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(1));
        as("recruiter").get("/api/v1/questions/bank-second").then().statusCode(200)
                .body("version", equalTo(2)).body("modelAnswer", startsWith("A better model answer"));
        as("recruiter").get("/api/v1/questions/bank-second/versions/1").then().statusCode(200)
                .body("status", equalTo("retired"));
    }

    @Test
    void aBankWithErrorsIsRefusedWholeListingEveryErrorByItsPath() {
        Map<String, Object> valid = entry("bank-valid-one");
        Map<String, Object> faulty = entry("bank-faulty-one");
        faulty.remove("prompt");
        faulty.put("difficulty", "expert");
        faulty.put("colour", "blue");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = (List<Map<String, Object>>) faulty.get("keyPoints");
        points.get(2).put("weight", -1);
        Map<String, Object> repeated = entry("bank-valid-one");

        admin().body(bank("faulty-bank-role", valid, faulty)).post(IMPORT).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was written"))
                .body("violations.field", containsInAnyOrder("$.questions[1].prompt",
                        "$.questions[1].difficulty", "$.questions[1].colour", "$.questions[1].keyPoints[2].weight"));
        admin().body(bank("faulty-bank-role", valid, repeated)).post(IMPORT).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("$.questions[1].id"));

        admin().get("/api/v1/questions/bank-valid-one/versions/1").then().statusCode(404);
    }

    @Test
    void aBankThatMovesAnExistingQuestionIsRefused() {
        Authors.createPublished("bank-placed", "placed-role", "design", "placement");
        Map<String, Object> moved = entry("bank-placed");
        moved.put("topic", "elsewhere");

        admin().body(bank("placed-role", entry("bank-placed-new"), moved)).post(IMPORT).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("$.questions[1].topic"))
                .body("violations[0].message", containsString("design"));
        admin().get("/api/v1/questions/bank-placed-new/versions/1").then().statusCode(404);
    }

    @Test
    void aYamlBankImportsLikeItsJson() throws Exception {
        String yaml = new YAMLMapper().writeValueAsString(bank("yaml-role", entry("bank-from-yaml")));

        given().auth().oauth2(TestInfrastructure.token("admin", "ada")).contentType("application/yaml").body(yaml.getBytes(StandardCharsets.UTF_8))
                .post(IMPORT).then().statusCode(200).body("added", equalTo(1));
        as("candidate").get("/api/v1/questions/bank-from-yaml").then().statusCode(200);
    }

    @Test
    void bodiesThatAreNotJsonOrYamlAreProblems() {
        admin().body("{\"role\": ").post(IMPORT).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestInfrastructure.token("admin", "ada")).contentType("application/yaml")
                .body("role: [unclosed".getBytes(StandardCharsets.UTF_8)).post(IMPORT).then().statusCode(400).body("detail", containsString("YAML"));
    }

    @Test
    void onlyAdminsImportOrExport() throws Exception {
        String bank = new ObjectMapper().writeValueAsString(bank("other-role", entry("bank-by-a-recruiter")));

        as("recruiter").body(bank).post(IMPORT).then().statusCode(403);
        as("recruiter").queryParam("role", "backend-engineer").get(EXPORT).then().statusCode(403);
        admin().get(EXPORT).then().statusCode(400);
        admin().queryParam("role", "no-such-role").get(EXPORT).then().statusCode(404);
    }

    private static Map<String, Object> bank(String role, Map<String, Object>... entries) {
        Map<String, Object> bank = new LinkedHashMap<>();
        bank.put("role", role);
        bank.put("questions", new ArrayList<>(List.of(entries)));
        return bank;
    }

    private static Map<String, Object> entry(String id) {
        Map<String, Object> entry = Authors.newQuestion(id, "unused", "design", id.replace('-', ' '));
        entry.remove("role");
        return entry;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> questions(Map<String, Object> bank) {
        return (List<Map<String, Object>>) bank.get("questions");
    }
}
