package dev.mockinterview.systemtest.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page on a phone-width screen: no WCAG 2 A or AA violation that axe-core finds (labels, contrast,
 * names, structure), nothing wider than the screen; and an interview taken with the keyboard alone.
 */
class AccessiblePagesIT {
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final int MAX_TABS = 40;

    @RegisterExtension
    static final BrowserStack browser = new BrowserStack();

    private final PlatformApi api = new PlatformApi(browser);

    @Test
    void everyKindOfPageMeetsWcagAaOnAPhoneScreen() {
        String candidate = "a11y-cora";
        String assessment = api.assessment("a11y-rita", "Accessible pages", 2, true, candidate, "a11y-dan");
        String sessionId = interview(assessment, candidate);
        String otherSessionId = interview(assessment, "a11y-dan");

        Page page = phone(browser.signIn("candidate", candidate));
        audit(page, "/interviews");
        audit(page, "/feedback/" + sessionId);

        page = phone(browser.signIn("recruiter", "a11y-rita"));
        audit(page, "/assessments");
        audit(page, "/assessments/new");
        audit(page, "/assessments/" + assessment);
        audit(page, "/recruiter/reports");
        audit(page, "/recruiter/compare?session=" + sessionId + "&session=" + otherSessionId);
        audit(page, "/recruiter/reports/" + sessionId);
        page.locator("a[href^='/recruiter/questions/']").first().click();
        audit(page, null);

        page = phone(browser.signIn("admin", "a11y-ada"));
        audit(page, "/author/questions");
        page.locator("tbody th a").first().click();
        audit(page, null);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit as new version")).click();
        audit(page, null);
        audit(page, "/author/question-banks");
        audit(page, "/author/playground");
    }

    @Test
    void anInterviewCanBeTakenWithTheKeyboardAlone() {
        Page page = phone(browser.signIn("candidate", "keyboard-kim"));
        PlaywrightAssertions.assertThat(page.getByLabel("Role").locator("option[value='" + PlatformApi.ROLE + "']"))
                .hasCount(1);

        // Typing on a focused list picks the option that starts with what was typed.
        tabTo(page, "#role");
        page.keyboard().type(PlatformApi.ROLE);
        PlaywrightAssertions.assertThat(page.getByLabel("Role")).hasValue(PlatformApi.ROLE);
        tabTo(page, "#question-count");
        page.keyboard().type("2");
        tabTo(page, "button:text-is('Start interview')");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/interviews/[0-9a-f-]{36}$"));

        tabTo(page, "#answer");
        page.keyboard().type("Retries are safe when the operation is idempotent.");
        tabTo(page, "button:text-is('Submit answer')");
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Question 2 of 2"))).isVisible();
        PlaywrightAssertions.assertThat(page.locator(".answer-text"))
                .containsText("Retries are safe when the operation is idempotent.");
    }

    // A two-question assessment taken, one answer good and one poor, scored and reported.
    private String interview(String assessment, String candidate) {
        String sessionId = api.startAssessment(candidate, assessment);
        api.answer(candidate, sessionId, 1, api.modelAnswer(candidate, sessionId, 1));
        api.answer(candidate, sessionId, 2, "It depends.");
        api.complete(candidate, sessionId);
        api.completeReport(sessionId);
        return sessionId;
    }

    private static Page phone(Page page) {
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        return page;
    }

    // Opens the path (or stays on the page when null) and checks it.
    private void audit(Page page, String path) {
        if (path != null) {
            page.navigate(path);
        }
        page.waitForLoadState();
        String where = page.url();
        assertThat(Axe.violations(page)).as("WCAG violations on " + where).isEmpty();
        Object wider = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        assertThat(wider).as(where + " is wider than a phone").isEqualTo(false);
    }

    // Presses Tab until the element is focused: it must be reachable by keyboard, in a sensible number of steps.
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            Object focused = page.locator(selector).evaluate("element => element === document.activeElement");
            if (Boolean.TRUE.equals(focused)) {
                return;
            }
        }
        throw new AssertionError(selector + " not reached with " + MAX_TABS + " presses of Tab on " + page.url());
    }
}
