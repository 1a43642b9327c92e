package dev.mockinterview.question.api;

import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.question.testing.Authors;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.mockinterview.question.testing.Authors.admin;
import static dev.mockinterview.question.testing.Authors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class SearchingTheCatalogueTest {
    private static final String ROLE = "search-role";

    private static boolean catalogued;

    /** Five questions of their own role, so that the shipped bank does not blur what each filter keeps. */
    @BeforeEach
    void aSmallCatalogue() {
        if (catalogued) {
            return;
        }
        catalogued = true;
        publish("search-kafka-partitions", "messaging", "senior", List.of("kafka", "ordering"), 600,
                "How do Kafka partitions keep the order of messages, and when do they lose it?");
        publish("search-kafka-consumers", "messaging", "mid", List.of("kafka"), 300,
                "What happens to Kafka consumers in a group when one of them stops?");
        publish("search-index-basics", "databases", "junior", List.of("sql"), 120,
                "What is a database index and what does it cost on writes?");
        publish("search-index-composite", "databases", "senior", List.of("sql", "ordering"), 900,
                "How does the column order of a composite index decide which queries it serves?");
        publish("search-rest-errors", "api-design", "mid", List.of("http"), 240,
                "How should a REST API report errors to its clients?");
    }

    private static void publish(String id, String topic, String difficulty, List<String> tags, int seconds,
                                String prompt) {
        Map<String, Object> question = Authors.newQuestion(id, ROLE, topic, "search");
        question.put("difficulty", difficulty);
        question.put("tags", tags);
        question.put("timeLimitSeconds", seconds);
        question.put("prompt", prompt);
        Authors.create(question).statusCode(201);
        Authors.publish(id).statusCode(200);
    }

    private static List<String> ids(Map<String, ?> query) {
        return as("recruiter").queryParam("role", ROLE).queryParams(query).get("/api/v1/questions")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    @Test
    void theDefaultOrderIsByIdAsJavaSortsIt() {
        List<String> ids = ids(Map.of());

        assertThat(ids).hasSize(5).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void filtersByTopicDifficultyAndTagCombine() {
        assertThat(ids(Map.of("topic", "messaging"))).containsExactly("search-kafka-consumers",
                "search-kafka-partitions");
        assertThat(ids(Map.of("difficulty", "senior"))).containsExactly("search-index-composite",
                "search-kafka-partitions");
        assertThat(ids(Map.of("tag", "ordering", "topic", "databases"))).containsExactly("search-index-composite");
    }

    @Test
    void freeTextFindsQuestionsByStemmedWordsAndRanksTheBestMatchFirst() {
        List<String> found = ids(Map.of("q", "kafka partition order"));

        assertThat(found).first().isEqualTo("search-kafka-partitions");
        assertThat(ids(Map.of("q", "indexes"))).containsExactly("search-index-basics", "search-index-composite");
        assertThat(ids(Map.of("q", "graphql subscriptions"))).isEmpty();
    }

    @Test
    void candidatesSearchThePromptOnlyNotTheRubric() {
        // "trade-off" is in every model answer of this role and in no prompt.
        assertThat(ids(Map.of("q", "trade-off"))).hasSize(5);

        List<String> candidateFinds = as("candidate").queryParam("role", ROLE).queryParam("q", "trade-off")
                .get("/api/v1/questions").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(candidateFinds).isEmpty();
    }

    @Test
    void sortNamesAFieldAndAMinusReversesIt() {
        assertThat(ids(Map.of("sort", "-timeLimitSeconds"))).containsExactly("search-index-composite",
                "search-kafka-partitions", "search-kafka-consumers", "search-rest-errors", "search-index-basics");
        assertThat(ids(Map.of("sort", "difficulty"))).first().isEqualTo("search-index-basics");
    }

    @Test
    void sortingByRelevanceWithoutFreeTextOrByAnUnknownFieldIsAProblem() {
        as("recruiter").queryParam("sort", "relevance").get("/api/v1/questions").then().statusCode(400)
                .body("violations.field", hasItem("sort"));
        as("recruiter").queryParam("sort", "prompt; drop table question").get("/api/v1/questions").then()
                .statusCode(400).body("violations.field", hasItem("sort"));
    }

    @Test
    void rolesAndTopicsCountPublishedQuestions() {
        as("candidate").get("/api/v1/roles").then().statusCode(200)
                .body("items.find { it.role == 'search-role' }.questionCount", equalTo(5))
                .body("items.role", hasItem("backend-engineer"));
        as("candidate").queryParam("role", ROLE).get("/api/v1/topics").then().statusCode(200)
                .body("items.topic", containsInAnyOrder("api-design", "databases", "messaging"))
                .body("items.find { it.topic == 'databases' }.questionCount", equalTo(2))
                .body("items.find { it.topic == 'databases' }.byDifficulty.junior", equalTo(1))
                .body("items.find { it.topic == 'databases' }.byDifficulty.senior", equalTo(1));
    }

    @Test
    void aListAnswersAMatchingIfNoneMatchWith304AndNoBody() {
        String etag = as("recruiter").queryParam("role", ROLE).get("/api/v1/questions").then().statusCode(200)
                .extract().header("ETag");

        as("recruiter").queryParam("role", ROLE).header("If-None-Match", etag).get("/api/v1/questions").then()
                .statusCode(304).header("ETag", etag);
        as("recruiter").queryParam("role", ROLE).queryParam("size", 2).header("If-None-Match", etag)
                .get("/api/v1/questions").then().statusCode(200);
        String rolesTag = as("recruiter").get("/api/v1/roles").then().extract().header("ETag");
        as("recruiter").header("If-None-Match", rolesTag).get("/api/v1/roles").then().statusCode(304);
    }

    @Test
    void aQuestionAnswers304UntilItChangesAndCandidatesGetATagOfTheirOwn() {
        String etag = as("recruiter").get("/api/v1/questions/search-rest-errors").then().statusCode(200)
                .extract().header("ETag");
        String candidateTag = as("candidate").get("/api/v1/questions/search-rest-errors").then().statusCode(200)
                .extract().header("ETag");
        assertThat(candidateTag).isNotEqualTo(etag);

        as("recruiter").header("If-None-Match", etag).get("/api/v1/questions/search-rest-errors").then()
                .statusCode(304);
        as("candidate").header("If-None-Match", etag).get("/api/v1/questions/search-rest-errors").then()
                .statusCode(200);
    }
}
