package dev.mockinterview.systemtest.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** An author edits a question's rubric, tries it on a sample answer in the playground, then saves and publishes it. */
class AuthoringARubricIT {
    // A phrasing no shipped key point has: the sample answer below covers the first key point only through it.
    private static final String PHRASING = "Penguins migrate across the frozen sea in long lines every winter.";

    @RegisterExtension
    static final BrowserStack browser = new BrowserStack();

    @Test
    void anAuthorEditsARubricTriesItInThePlaygroundAndPublishesIt() {
        Page page = browser.signIn("admin", "browser-ada");
        assertThat(path(page)).isEqualTo("/author/questions");

        // The last question of the catalogue's first page, whichever it is.
        Locator question = page.locator("tbody th a").last();
        String questionId = question.textContent().strip();
        question.click();
        PlaywrightAssertions.assertThat(heading(page, "Question " + questionId)).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit as new version")).click();
        PlaywrightAssertions.assertThat(heading(page, "Edit " + questionId + " as a new version")).isVisible();
        addPhrasingToTheFirstKeyPoint(page);

        // The playground scores a sample answer against the rubric as edited, not yet saved.
        button(page, "Try in playground").click();
        assertThat(path(page)).isEqualTo("/author/playground");
        PlaywrightAssertions.assertThat(page.getByLabel("Alternative phrasings").first()).containsText(PHRASING);
        page.getByLabel("Sample answer 1").fill(PHRASING);
        button(page, "Score samples").click();
        Locator result = page.locator("section.sample-result").filter(new Locator.FilterOptions().setHas(
                heading(page, "Sample answer 1")));
        PlaywrightAssertions.assertThat(result.locator("tbody tr").first().locator(".status-covered")).isVisible();
        PlaywrightAssertions.assertThat(result.locator("mark.evidence").first()).hasText(PHRASING);
        browser.screenshot(page, "author-playground");

        // Back in the editor: saved as a draft, then published.
        page.navigate("/author/questions/" + questionId + "/edit");
        addPhrasingToTheFirstKeyPoint(page);
        button(page, "Save draft").click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("^Saved draft"));
        button(page, "Publish").click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("^Published"));
        PlaywrightAssertions.assertThat(button(page, "Publish")).hasCount(0);
        browser.screenshot(page, "author-published");

        // The current version of the question now carries the phrasing.
        List<String> alternatives = given().auth().oauth2(browser.token("admin", "browser-ada"))
                .get(browser.url("/api/v1/questions/" + questionId))
                .then().statusCode(200).extract().path("keyPoints[0].alternatives");
        assertThat(alternatives).contains(PHRASING);
    }

    private static void addPhrasingToTheFirstKeyPoint(Page page) {
        Locator alternatives = page.getByLabel("Alternative phrasings").first();
        String current = alternatives.inputValue();
        alternatives.fill(current.isBlank() ? PHRASING : current.strip() + "\n" + PHRASING);
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static String path(Page page) {
        return URI.create(page.url()).getPath();
    }
}
