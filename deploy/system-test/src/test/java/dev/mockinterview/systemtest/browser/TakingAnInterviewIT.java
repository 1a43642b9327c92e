package dev.mockinterview.systemtest.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A candidate takes an interview in Chromium, from the start form to the feedback with its evidence. */
class TakingAnInterviewIT {
    private static final String SCRIPT = "<script>alert('answer')</script>";
    private static final double FEEDBACK_WAIT_MS = PlatformApi.EVENTUAL.toMillis();

    @RegisterExtension
    static final BrowserStack browser = new BrowserStack();

    private final PlatformApi api = new PlatformApi(browser);

    @Test
    void aCandidateStartsAnswersSkipsFinishesAndReadsTheirFeedback() {
        List<String> dialogs = new ArrayList<>();
        Page page = browser.signIn("candidate", "browser-cora");
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        assertThat(path(page)).isEqualTo("/interviews");

        // The start form: the role is offered once the catalogue has reached session-service.
        PlaywrightAssertions.assertThat(page.getByLabel("Role").locator("option[value='" + PlatformApi.ROLE + "']"))
                .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(FEEDBACK_WAIT_MS));
        page.getByLabel("Role").selectOption(PlatformApi.ROLE);
        page.getByLabel("Number of questions").fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start interview")).click();
        page.waitForURL(Pattern.compile(".*/interviews/[0-9a-f-]{36}$"));
        String sessionId = path(page).substring("/interviews/".length());

        // Question 1: answered with what the model answer says, plus a script that must stay text.
        heading(page, "Question 1 of 3");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.TIMER)).isVisible();
        String firstAnswer = api.modelAnswer("browser-cora", sessionId, 1) + " " + SCRIPT;
        page.getByLabel("Your answer").fill(firstAnswer);
        PlaywrightAssertions.assertThat(page.locator("#answer-count")).hasText(String.valueOf(firstAnswer.length()));
        browser.screenshot(page, "candidate-interview");
        button(page, "Submit answer").click();

        // Question 2: skipped. Question 3: a draft survives a reload, then is submitted.
        heading(page, "Question 2 of 3");
        button(page, "Skip question").click();
        heading(page, "Question 3 of 3");
        String thirdAnswer = api.modelAnswer("browser-cora", sessionId, 3);
        page.getByLabel("Your answer").fill(thirdAnswer);
        page.reload();
        PlaywrightAssertions.assertThat(page.getByLabel("Your answer")).hasValue(thirdAnswer);
        button(page, "Submit answer").click();
        PlaywrightAssertions.assertThat(page.getByText("Every question is answered or skipped")).isVisible();
        button(page, "Finish interview").click();

        // The feedback: it polls until scoring has finished, then shows scores and the evidence in the answer.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your feedback")).click();
        assertThat(path(page)).isEqualTo("/feedback/" + sessionId);
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Overall score")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(FEEDBACK_WAIT_MS));
        PlaywrightAssertions.assertThat(page.locator(".score").first()).hasText(Pattern.compile("\\d+"));
        Locator firstCard = page.locator("article").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(
                        Pattern.compile("^Question 1\\b")))));
        PlaywrightAssertions.assertThat(firstCard.locator("mark.evidence").first()).isVisible();
        PlaywrightAssertions.assertThat(firstCard.locator(".status-covered").first()).isVisible();
        PlaywrightAssertions.assertThat(firstCard.locator(".answer-text")).containsText(SCRIPT);
        PlaywrightAssertions.assertThat(firstCard.getByText("Model answer")).isVisible();
        assertThat(page.locator(".answer-text script").count()).isZero();
        assertThat(dialogs).as("no script of an answer ran").isEmpty();
        browser.screenshot(page, "candidate-feedback");

        // The session is listed as ended, with its feedback.
        page.navigate("/interviews");
        PlaywrightAssertions.assertThat(page.locator("a[href='/feedback/" + sessionId + "']")).hasText("See feedback");
    }

    private static void heading(Page page, String name) {
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name)))
                .isVisible();
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static String path(Page page) {
        return URI.create(page.url()).getPath();
    }
}
