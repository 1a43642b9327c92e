package dev.mockinterview.systemtest.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recruiter creates an assessment and invites a candidate on the pages; the candidate takes it; the recruiter
 * reviews one answer's score; the candidate sees the reviewed score and that a person reviewed it.
 */
class AssessingWithHumanReviewIT {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final double EVENTUAL_MS = PlatformApi.EVENTUAL.toMillis();

    @RegisterExtension
    static final BrowserStack browser = new BrowserStack();

    private final PlatformApi api = new PlatformApi(browser);

    @Test
    void aRecruiterAssessesACandidateAndReviewsAScoreTheCandidateSeesIt() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String recruiter = "assessing-rita-" + run;
        String candidate = "assessed-cora-" + run;
        String title = "Back-end December intake " + run;

        // The recruiter creates the assessment: two questions drawn when it opens, open from now for a day.
        Page rita = browser.signIn("recruiter", recruiter);
        rita.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Assessments").setExact(true)).click();
        rita.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New assessment")).click();
        PlaywrightAssertions.assertThat(rita.getByLabel("Role").locator("option[value='" + PlatformApi.ROLE + "']"))
                .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(EVENTUAL_MS));
        rita.getByLabel("Title").fill(title);
        rita.getByLabel("Role").selectOption(PlatformApi.ROLE);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        rita.getByLabel("Opens (UTC)").fill(now.format(MINUTES));
        rita.getByLabel("Closes (UTC)").fill(now.plusDays(1).format(MINUTES));
        rita.getByLabel("Drawn by rules when it opens").check();
        rita.getByLabel("Number of questions (rules)").fill("2");
        rita.locator("#shows-feedback").check();
        button(rita, "Create assessment").click();
        rita.waitForURL(Pattern.compile(".*/assessments/[0-9a-f-]{36}$"));
        String assessmentId = path(rita).substring("/assessments/".length());
        PlaywrightAssertions.assertThat(rita.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(title))).isVisible();

        // ... and invites the candidate, who is listed as invited.
        rita.getByLabel("User ids").fill(candidate);
        button(rita, "Invite").click();
        PlaywrightAssertions.assertThat(rita.locator("tbody")).containsText(candidate);
        browser.screenshot(rita, "recruiter-assessment");

        // The candidate finds it beside their practice and takes it: one answer from the model answer, one thin.
        Page cora = browser.signIn("candidate", candidate);
        PlaywrightAssertions.assertThat(cora.getByText(title)).isVisible();
        button(cora, "Start " + title).click();
        cora.waitForURL(Pattern.compile(".*/interviews/[0-9a-f-]{36}$"));
        String sessionId = path(cora).substring("/interviews/".length());
        heading(cora, "Question 1 of 2");
        cora.getByLabel("Your answer").fill(api.modelAnswer(candidate, sessionId, 1));
        button(cora, "Submit answer").click();
        heading(cora, "Question 2 of 2");
        cora.getByLabel("Your answer").fill("I would add a cache, it depends on the situation.");
        button(cora, "Submit answer").click();
        button(cora, "Finish interview").click();
        int machineScore = ((Number) api.completeReport(sessionId).path("answers[1].score")).intValue();
        int reviewedScore = machineScore == 55 ? 56 : 55;

        // The recruiter opens the assessment's reports, then the candidate's report, and reviews the second answer.
        rita.navigate("/assessments/" + assessmentId);
        rita.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open its reports")).click();
        PlaywrightAssertions.assertThat(rita.locator("tbody tr")).hasCount(1);
        rita.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                Pattern.compile("^Open report of " + candidate))).click();
        rita.locator("#score-2").fill(String.valueOf(reviewedScore));
        rita.locator("#reason-2").fill("Names the cache but not when it goes stale; worth partial credit.");
        rita.locator("#reason-2").locator("xpath=ancestor::form")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save review")).click();
        PlaywrightAssertions.assertThat(rita.locator(".final-score").first()).hasText(String.valueOf(reviewedScore));
        PlaywrightAssertions.assertThat(rita.getByText(Pattern.compile("^Reviewed by " + recruiter))).isVisible();
        PlaywrightAssertions.assertThat(rita.locator(".review-history li")).hasCount(1);
        browser.screenshot(rita, "recruiter-reviewed-report");

        // The candidate's feedback shows the reviewed score, says a person reviewed it, and names no reviewer.
        cora.navigate("/feedback/" + sessionId);
        Locator second = cora.locator("article").filter(new Locator.FilterOptions().setHas(
                cora.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(
                        Pattern.compile("^Question 2\\b")))));
        PlaywrightAssertions.assertThat(second.getByText("Reviewed by a person"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(EVENTUAL_MS));
        PlaywrightAssertions.assertThat(second).containsText("Score " + reviewedScore + " of 100");
        PlaywrightAssertions.assertThat(cora.locator("main")).not().containsText(recruiter);
        browser.screenshot(cora, "candidate-reviewed-feedback");
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
