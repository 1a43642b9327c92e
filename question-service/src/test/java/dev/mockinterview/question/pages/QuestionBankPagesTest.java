package dev.mockinterview.question.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.question.testing.Authors;
import dev.mockinterview.question.testing.Pages;
import dev.mockinterview.question.testing.Pages.Page;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.mockinterview.question.testing.Authors.admin;
import static dev.mockinterview.question.testing.Authors.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class QuestionBankPagesTest {

    @Test
    void aBankFileWithAnErrorIsRefusedListingItsPathAndNothingIsImported() throws Exception {
        Map<String, Object> faulty = entry("page-bank-faulty");
        keyPoints(faulty).get(1).put("weight", 20);
        byte[] file = new ObjectMapper().writeValueAsBytes(bank("page-bank-role", entry("page-bank-fine"), faulty));
        Page page = Pages.get("admin", "/author/question-banks");

        Response refused = upload(page, "bank.json", file);

        assertThat(refused.statusCode()).isEqualTo(400);
        Document shown = Pages.page("admin", refused).html();
        assertThat(shown.select("[role=alert]").text()).contains("nothing was written");
        assertThat(shown.select("[role=alert] li").eachText())
                .containsExactly("$.questions[1].keyPoints[1].weight must have a maximum value of 10");
        as("recruiter").get("/api/v1/questions/page-bank-fine").then().statusCode(404);
    }

    @Test
    void aYamlBankFileIsImportedAndWhatItDidIsShown() throws Exception {
        byte[] file = new YAMLMapper().writeValueAsBytes(bank("page-yaml-role", entry("page-bank-yaml")));
        Page page = Pages.get("admin", "/author/question-banks");

        Response imported = upload(page, "bank.yaml", file);

        assertThat(imported.statusCode()).isEqualTo(303);
        Document shown = Pages.get("admin", imported.header("Location")).html();
        assertThat(shown.select("[role=status]").text())
                .isEqualTo("Imported the bank of page-yaml-role: 1 added, 0 updated, 0 unchanged.");
        as("candidate").get("/api/v1/questions/page-bank-yaml").then().statusCode(200);
    }

    @Test
    void exportDownloadsTheRolesBankAsTheApiExportsIt() {
        Document page = Pages.get("admin", "/author/question-banks").html();
        assertThat(page.select("#export-role option").eachAttr("value")).contains("backend-engineer");

        Response yaml = Pages.signedIn("admin").queryParam("role", "backend-engineer").queryParam("format", "yaml")
                .get("/author/question-banks/export");
        Response json = Pages.signedIn("admin").queryParam("role", "backend-engineer").queryParam("format", "json")
                .get("/author/question-banks/export");

        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.header("Content-Disposition")).isEqualTo("attachment; filename=\"backend-engineer.yaml\"");
        assertThat(yaml.asString()).isEqualTo(admin().accept("application/yaml")
                .queryParam("role", "backend-engineer").get("/api/v1/question-banks/export").asString());
        assertThat(json.header("Content-Disposition")).isEqualTo("attachment; filename=\"backend-engineer.json\"");
        assertThat(json.asString()).isEqualTo(admin().queryParam("role", "backend-engineer")
                .get("/api/v1/question-banks/export").asString());
    }

    private static Response upload(Page page, String name, byte[] file) {
        return page.post().multiPart("csrf-token", page.csrfToken())
                .multiPart("bank", name, file, name.endsWith(".yaml") ? "application/yaml" : "application/json")
                .post("/author/question-banks/import");
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
    private static List<Map<String, Object>> keyPoints(Map<String, Object> entry) {
        return (List<Map<String, Object>>) entry.get("keyPoints");
    }
}
