package dev.mockinterview.question.testing;

import dev.mockinterview.testsupport.TestInfrastructure;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** What an admin does to the catalogue in tests, with bodies that pass every rule unless a test changes them. */
public final class Authors {
    private Authors() {
    }

    public static RequestSpecification admin() {
        return given().auth().oauth2(TestInfrastructure.token("admin", "ada")).contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestInfrastructure.token(role, role + "-user")).contentType(ContentType.JSON);
    }

    /** A valid new question of the role and topic, its prompt mentioning the words given. */
    public static Map<String, Object> newQuestion(String id, String role, String topic, String promptWords) {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("id", id);
        question.put("role", role);
        question.put("topic", topic);
        question.put("difficulty", "mid");
        question.put("tags", List.of("testing"));
        question.put("timeLimitSeconds", 300);
        question.putAll(content("How would you explain " + promptWords + " to a colleague?"));
        return question;
    }

    /** Valid content for a version: prompt, rationale, model answer and three key points. */
    public static Map<String, Object> content(String prompt) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("prompt", prompt);
        content.put("rationale", "It shows whether the candidate can explain a design choice.");
        content.put("modelAnswer", "A strong answer names the trade-off, gives an example and says when it fails.");
        List<Map<String, Object>> keyPoints = new ArrayList<>();
        for (String point : List.of("Names the trade-off", "Gives a concrete example", "Says when it fails")) {
            keyPoints.add(new LinkedHashMap<>(Map.of("text", point, "weight", 1.0, "alternatives", List.of())));
        }
        content.put("keyPoints", keyPoints);
        return content;
    }

    public static ValidatableResponse create(Map<String, Object> question) {
        return admin().body(question).post("/api/v1/questions").then();
    }

    public static ValidatableResponse publish(String id) {
        return admin().post("/api/v1/questions/" + id + "/publish").then();
    }

    /** Creates and publishes a question; returns the ETag of the result. */
    public static String createPublished(String id, String role, String topic, String promptWords) {
        create(newQuestion(id, role, topic, promptWords)).statusCode(201);
        return publish(id).statusCode(200).extract().header("ETag");
    }
}
