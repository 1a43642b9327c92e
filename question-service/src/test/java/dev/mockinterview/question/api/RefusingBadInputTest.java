package dev.mockinterview.question.api;

import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.question.testing.Authors;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.mockinterview.question.testing.Authors.admin;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class RefusingBadInputTest {
    private static final String ROLE = "bad-input-role";

    @Test
    void anUnknownFieldIsRefusedByNameAndNothingIsWritten() {
        Map<String, Object> question = Authors.newQuestion("with-an-extra-field", ROLE, "design", "extras");
        question.put("modelAnswerr", "a typo that would otherwise be dropped in silence");

        Authors.create(question).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("modelAnswerr"))
                .body("violations.message", hasItem("is not a known field"));
        admin().get("/api/v1/questions/with-an-extra-field/versions/1").then().statusCode(404);
    }

    @Test
    void everyMissingOrOversizedFieldIsListed() {
        Map<String, Object> question = Authors.newQuestion("with-many-faults", ROLE, "design", "faults");
        question.remove("prompt");
        question.remove("difficulty");
        question.put("modelAnswer", "x".repeat(8001));
        question.put("rationale", "y".repeat(2001));
        question.put("timeLimitSeconds", 5);

        Authors.create(question).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("prompt", "difficulty", "modelAnswer", "rationale",
                        "timeLimitSeconds"));
        admin().get("/api/v1/questions/with-many-faults/versions/1").then().statusCode(404);
    }

    @Test
    void moreThanEightKeyPointsAreRefused() {
        Map<String, Object> question = Authors.newQuestion("with-nine-points", ROLE, "design", "rubrics");
        List<Map<String, Object>> nine = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            nine.add(Map.of("text", "Point " + i, "weight", 1.0, "alternatives", List.of()));
        }
        question.put("keyPoints", nine);

        Authors.create(question).statusCode(400)
                .body("violations.field", equalTo(List.of("keyPoints")))
                .body("violations[0].message", containsString("3 and 8"));
        admin().get("/api/v1/questions/with-nine-points/versions/1").then().statusCode(404);
    }

    @Test
    void aWeightOutOfRangeOrAFifthAlternativeIsRefusedAtItsKeyPoint() {
        Map<String, Object> question = Authors.newQuestion("with-bad-weights", ROLE, "design", "weights");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = (List<Map<String, Object>>) question.get("keyPoints");
        points.get(0).put("weight", 0);
        points.get(1).put("weight", 11);
        points.get(2).put("alternatives", List.of("a", "b", "c", "d", "e"));

        Authors.create(question).statusCode(400)
                .body("violations.field", containsInAnyOrder("keyPoints[0].weight", "keyPoints[1].weight",
                        "keyPoints[2].alternatives"));
        admin().get("/api/v1/questions/with-bad-weights/versions/1").then().statusCode(404);
    }

    @Test
    void anIdThatIsNotASlugIsRefused() {
        Authors.create(Authors.newQuestion("Not A Slug!", ROLE, "design", "ids")).statusCode(400)
                .body("violations.field", hasItem("id"));
    }

    @Test
    void anEditWithAMissingFieldIsRefusedBeforeItsIfMatchIsConsidered() {
        String etag = Authors.createPublished("edited-badly", ROLE, "design", "bad edits");
        Map<String, Object> content = new LinkedHashMap<>(Authors.content("Missing its key points?"));
        content.remove("keyPoints");

        admin().header("If-Match", etag).body(content).put("/api/v1/questions/edited-badly")
                .then().statusCode(400).body("violations.field", hasItem("keyPoints"));
        admin().get("/api/v1/questions/edited-badly/versions/2").then().statusCode(404);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413AsAProblem() {
        Map<String, Object> question = Authors.newQuestion("far-too-large", ROLE, "design", "size limits");
        question.put("modelAnswer", "z".repeat(1_100_000));

        Authors.create(question).statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("limit"));
        admin().get("/api/v1/questions/far-too-large/versions/1").then().statusCode(404);
    }
}
