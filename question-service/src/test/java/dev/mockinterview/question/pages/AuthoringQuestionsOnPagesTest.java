package dev.mockinterview.question.pages;

import dev.mockinterview.testsupport.TestInfrastructure;
import dev.mockinterview.question.testing.Authors;
import dev.mockinterview.question.testing.Pages;
import dev.mockinterview.question.testing.Pages.Page;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.mockinterview.question.testing.Authors.admin;
import static dev.mockinterview.question.testing.Authors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class AuthoringQuestionsOnPagesTest {
    private static final String ROLE = "page-role";
    private static final String EDITOR = "form[action$=/edit], form[action$=/new]";

    @Test
    void anAuthorCreatesAQuestionThroughTheFormAndFindsItAsADraft() {
        Page editor = Pages.get("admin", "/author/questions/new");
        assertThat(editor.status()).isEqualTo(200);
        Map<String, List<String>> fields = editor.fields(EDITOR);
        placement(fields, "page-created");
        rubric(fields, "How does a form work without JavaScript?");

        Response saved = editor.submit("/author/questions/new", fields);

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/author/questions/page-created?done=created");
        Document question = Pages.get("admin", "/author/questions/page-created?done=created").html();
        assertThat(question.select("[role=status]").text()).isEqualTo("Created the question as draft version 1.");
        assertThat(buttons(question)).contains("Publish").doesNotContain("Retire");
        assertThat(question.select("a").eachText()).contains("Edit as new version");
        admin().get("/api/v1/questions/page-created/versions/1").then().statusCode(200)
                .body("status", equalTo("draft"))
                .body("tags", equalTo(List.of("pages", "forms")))
                .body("keyPoints[0].weight", equalTo(2.0f))
                .body("keyPoints[0].alternatives", equalTo(List.of("submits itself", "plain post")));

        Document list = Pages.get("admin", "/author/questions?q=JavaScript&role=" + ROLE).html();
        assertThat(rows(list)).containsExactly(List.of("page-created", "How does a form work without JavaScript?",
                ROLE, "design", "mid", "1", "draft"));
        assertThat(list.select("tbody a").attr("href")).isEqualTo("/author/questions/page-created");
    }

    @Test
    void anEditSavedFromAFormLoadedBeforeSomeoneElsesEditShowsTheConflictAndWritesNothing() {
        String etag = Authors.createPublished("page-stale", ROLE, "design", "stale forms");
        Page editor = Pages.get("admin", "/author/questions/page-stale/edit");
        admin().header("If-Match", etag).body(Authors.content("Someone else's edit?"))
                .put("/api/v1/questions/page-stale").then().statusCode(200);
        Map<String, List<String>> fields = editor.fields(EDITOR);
        fields.put("prompt", List.of("My edit of an old copy?"));

        Response stale = editor.submit("/author/questions/page-stale/edit", fields);

        assertThat(stale.statusCode()).isEqualTo(409);
        Document shown = Pages.page("admin", stale).html();
        assertThat(shown.select("[role=alert]").text()).contains("someone else changed this question");
        assertThat(shown.select("#prompt").text()).isEqualTo("My edit of an old copy?");
        admin().get("/api/v1/questions/page-stale/versions/3").then().statusCode(404);
        admin().get("/api/v1/questions/page-stale/versions/2").then().body("prompt", equalTo("Someone else's edit?"));
    }

    @Test
    void anEditAsANewVersionIsADraftUntilPublished() {
        Authors.createPublished("page-edited", ROLE, "design", "editing pages");
        Page editor = Pages.get("admin", "/author/questions/page-edited/edit");
        Map<String, List<String>> fields = editor.fields(EDITOR);
        assertThat(fields.get("keyPoint")).containsExactly("Names the trade-off", "Gives a concrete example",
                "Says when it fails");
        fields.put("prompt", List.of("What does editing a question make?"));

        Response saved = editor.submit("/author/questions/page-edited/edit", fields);

        assertThat(saved.statusCode()).isEqualTo(303);
        admin().get("/api/v1/questions/page-edited/versions/2").then().statusCode(200)
                .body("status", equalTo("draft")).body("prompt", equalTo("What does editing a question make?"));
        as("recruiter").get("/api/v1/questions/page-edited").then().body("version", equalTo(1));
    }

    @Test
    void aWeightOutOfRangeIsMarkedOnItsKeyPointWithTheInputKeptAndNothingIsWritten() {
        Authors.createPublished("page-weight", ROLE, "design", "weights");
        Page editor = Pages.get("admin", "/author/questions/page-weight/edit");
        Map<String, List<String>> fields = editor.fields(EDITOR);
        fields.put("weight", List.of("1", "11", "1"));

        Response refused = editor.submit("/author/questions/page-weight/edit", fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        Document shown = Pages.page("admin", refused).html();
        Element weight = shown.selectFirst("#weight-1");
        assertThat(weight.val()).isEqualTo("11");
        assertThat(weight.attr("aria-invalid")).isEqualTo("true");
        assertThat(shown.select("#" + weight.attr("aria-describedby")).text())
                .isEqualTo("must be less than or equal to 10");
        assertThat(shown.selectFirst("#weight-0").hasAttr("aria-invalid")).isFalse();
        admin().get("/api/v1/questions/page-weight/versions/2").then().statusCode(404);
    }

    @Test
    void aNewQuestionWithATakenIdIsMarkedOnTheIdAndTheTakenQuestionIsUnchanged() {
        Authors.createPublished("page-taken", ROLE, "design", "taken ids");
        Page editor = Pages.get("admin", "/author/questions/new");
        Map<String, List<String>> fields = editor.fields(EDITOR);
        placement(fields, "page-taken");
        rubric(fields, "Is this id free?");

        Response refused = editor.submit("/author/questions/new", fields);

        assertThat(refused.statusCode()).isEqualTo(409);
        Document shown = Pages.page("admin", refused).html();
        assertThat(shown.selectFirst("#id").attr("aria-invalid")).isEqualTo("true");
        assertThat(shown.select("#id-error").text()).isEqualTo("is taken by another question");
        assertThat(shown.select("#prompt").text()).isEqualTo("Is this id free?");
        admin().get("/api/v1/questions/page-taken/versions/2").then().statusCode(404);
    }

    @Test
    void keyPointsAreAddedAndRemovedWithoutJavaScriptKeepingWhatWasTyped() {
        Page editor = Pages.get("admin", "/author/questions/new");
        Map<String, List<String>> fields = editor.fields(EDITOR);
        rubric(fields, "Which key points stay?");
        fields.put("addKeyPoint", List.of("1"));

        Page added = Pages.page("admin", editor.submit("/author/questions/new", fields));

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.html().select("input[name=keyPoint]").eachAttr("value"))
                .containsExactly("A form posts without scripts", "The server renders the page", "Reload is safe", "");
        Map<String, List<String>> again = added.fields(EDITOR);
        again.put("removeKeyPoint", List.of("0"));
        Page removed = Pages.page("admin", editor.submit("/author/questions/new", again));
        assertThat(removed.html().select("input[name=keyPoint]").eachAttr("value"))
                .containsExactly("The server renders the page", "Reload is safe", "");
        assertThat(removed.html().select("#prompt").text()).isEqualTo("Which key points stay?");
    }

    @Test
    void publishAndRetireAreButtonsOnTheQuestionsPage() {
        Authors.create(Authors.newQuestion("page-lifecycle", ROLE, "design", "lifecycles")).statusCode(201);
        Page draft = Pages.get("admin", "/author/questions/page-lifecycle");

        Response published = draft.press("/author/questions/page-lifecycle/publish");

        assertThat(published.statusCode()).isEqualTo(303);
        Document live = Pages.get("admin", published.header("Location")).html();
        assertThat(live.select("[role=status]").text()).isEqualTo("Published version 1.");
        assertThat(buttons(live)).contains("Retire").doesNotContain("Publish");
        as("candidate").get("/api/v1/questions/page-lifecycle").then().statusCode(200);

        Response retired = Pages.page("admin", Pages.signedIn("admin").get("/author/questions/page-lifecycle"))
                .press("/author/questions/page-lifecycle/retire");

        assertThat(retired.statusCode()).isEqualTo(303);
        Document gone = Pages.get("admin", retired.header("Location")).html();
        assertThat(rows(gone, "Versions")).containsExactly(List.of("1", "retired"));
        assertThat(buttons(gone)).doesNotContain("Retire", "Publish");
        as("candidate").get("/api/v1/questions/page-lifecycle").then().statusCode(404);
    }

    @Test
    void theCatalogueListsDraftsPageByPageWithTheTotal() {
        for (int i = 0; i < 21; i++) {
            Authors.create(Authors.newQuestion(String.format("page-listed-%02d", i), "page-list-role", "paging",
                    "pagination")).statusCode(201);
        }

        Document first = Pages.get("admin", "/author/questions?role=page-list-role").html();

        assertThat(first.select("h2").first().text()).isEqualTo("21 questions");
        assertThat(first.select(".pagination").text()).contains("Page 1 of 2");
        assertThat(rows(first)).hasSize(20).allSatisfy(row -> assertThat(row.get(6)).isEqualTo("draft"));
        Document second = Pages.get("admin", first.select("a[rel=next]").attr("href")).html();
        assertThat(rows(second)).extracting(row -> row.get(0)).containsExactly("page-listed-20");
        assertThat(second.select("#role option[selected]").val()).isEqualTo("page-list-role");
    }

    @Test
    void aScriptInAPromptIsShownAsText() {
        Page editor = Pages.get("admin", "/author/questions/new");
        Map<String, List<String>> fields = editor.fields(EDITOR);
        placement(fields, "page-script");
        rubric(fields, "<script>alert(1)</script> Why escape?");
        editor.submit("/author/questions/new", fields).then().statusCode(303);

        String question = Pages.signedIn("admin").get("/author/questions/page-script").asString();
        String list = Pages.signedIn("admin").get("/author/questions?role=" + ROLE).asString();
        String edit = Pages.signedIn("admin").get("/author/questions/page-script/edit").asString();

        assertThat(List.of(question, list, edit)).allSatisfy(html -> assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)"));
    }

    @Test
    void onlyAdminsOpenTheAuthorPages() {
        Authors.createPublished("page-guarded", ROLE, "design", "guards");
        for (String path : List.of("/author/questions", "/author/questions/page-guarded",
                "/author/questions/page-guarded/edit", "/author/questions/new", "/author/question-banks")) {
            assertThat(Pages.signedIn("candidate").get(path).statusCode()).as(path).isEqualTo(403);
            assertThat(Pages.signedIn("recruiter").get(path).statusCode()).as(path).isEqualTo(403);
        }
    }

    private static void placement(Map<String, List<String>> fields, String id) {
        fields.put("id", List.of(id));
        fields.put("role", List.of(ROLE));
        fields.put("topic", List.of("design"));
        fields.put("difficulty", List.of("mid"));
        fields.put("tags", List.of("pages, forms"));
        fields.put("timeLimitSeconds", List.of("240"));
    }

    private static void rubric(Map<String, List<String>> fields, String prompt) {
        fields.put("prompt", List.of(prompt));
        fields.put("modelAnswer", List.of("A form posts its fields; the server answers with a page or a redirect."));
        fields.put("keyPoint", List.of("A form posts without scripts", "The server renders the page",
                "Reload is safe"));
        fields.put("weight", List.of("2", "1", "1.5"));
        fields.put("alternatives", List.of("submits itself\n\nplain post\n", "", ""));
    }

    private static List<String> buttons(Document page) {
        return page.select("main button").not("[aria-hidden]").eachText();
    }

    private static List<List<String>> rows(Document page) {
        return page.select("main table").first().select("tbody tr").stream()
                .map(row -> row.select("th, td").eachText()).toList();
    }

    // The rows of the table under a heading, the first two cells of each.
    private static List<List<String>> rows(Document page, String heading) {
        Element table = page.select("h2:containsOwn(" + heading + ") ~ .table-wrap table").first();
        List<List<String>> rows = new ArrayList<>();
        for (Element row : table.select("tbody tr")) {
            rows.add(row.select("th, td").eachText().subList(0, 2));
        }
        return rows;
    }
}
