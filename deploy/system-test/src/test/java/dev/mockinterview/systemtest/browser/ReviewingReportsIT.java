package dev.mockinterview.systemtest.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recruiter filters the reports table of their assessment, opens a report, compares two candidates and downloads
 * the CSV.
 */
class ReviewingReportsIT {
    @RegisterExtension
    static final BrowserStack browser = new BrowserStack();

    private final PlatformApi api = new PlatformApi(browser);

    @Test
    void aRecruiterFiltersOpensComparesAndDownloads() throws IOException {
        // Two candidates of this run (their names unique to it) took the recruiter's two-question assessment over
        // the API: one answered with the model answers, one with a line of little substance.
        String run = UUID.randomUUID().toString().substring(0, 8);
        String strong = "strong-" + run;
        String weak = "weak-" + run;
        String assessment = api.assessment("browser-rita", "Reviewing reports " + run, 2, true, strong, weak);
        String strongSession = interview(assessment, strong, true);
        String weakSession = interview(assessment, weak, false);
        api.completeReport(strongSession);
        api.completeReport(weakSession);

        // The table, filtered to this run's candidates by name.
        Page page = browser.signIn("recruiter", "browser-rita");
        assertThat(path(page)).isEqualTo("/recruiter/reports");
        page.getByLabel("Candidate").fill(strong);
        button(page, "Filter").click();
        PlaywrightAssertions.assertThat(page.locator("#showing")).hasText(Pattern.compile("of 1\\b"));
        PlaywrightAssertions.assertThat(page.locator("tbody tr")).hasCount(1);
        PlaywrightAssertions.assertThat(page.locator("tbody")).containsText(strong);

        // Filtered by role and a score range instead: the strong candidate is in it, the weak one is not.
        page.navigate("/recruiter/reports");
        page.getByLabel("Role").selectOption(PlatformApi.ROLE);
        page.getByLabel("Minimum score").fill(String.valueOf(score(weakSession) + 1));
        button(page, "Filter").click();
        PlaywrightAssertions.assertThat(page.locator("tbody")).containsText(strong);
        PlaywrightAssertions.assertThat(page.locator("tbody")).not().containsText(weak);

        // Today's reports for the role, newest first: this run's two candidates are on the first page.
        page.navigate("/recruiter/reports?role=" + PlatformApi.ROLE + "&completedFrom="
                + LocalDate.now(ZoneOffset.UTC));
        PlaywrightAssertions.assertThat(page.locator("tbody")).containsText(strong);
        PlaywrightAssertions.assertThat(page.locator("tbody")).containsText(weak);
        browser.screenshot(page, "recruiter-reports");

        // The CSV of the current filter.
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download CSV").setExact(true)).click());
        List<String> csv = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).contains("candidate");
        assertThat(csv).hasSizeGreaterThanOrEqualTo(3);
        assertThat(csv).anyMatch(row -> row.contains(strongSession) && row.contains(strong))
                .anyMatch(row -> row.contains(weakSession) && row.contains(weak));

        // One report, down to its key points and their evidence.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                Pattern.compile("^Open report of " + strong))).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Report of " + strong))).isVisible();
        PlaywrightAssertions.assertThat(page.locator(".status-covered").first()).isVisible();
        PlaywrightAssertions.assertThat(page.locator("mark.evidence").first()).isVisible();
        browser.screenshot(page, "recruiter-report");

        // The two side by side.
        page.goBack();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(strong).setExact(true)).check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(weak).setExact(true)).check();
        button(page, "Compare selected").click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Compare candidates"))).isVisible();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.COLUMNHEADER,
                new Page.GetByRoleOptions().setName(strong))).isVisible();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.COLUMNHEADER,
                new Page.GetByRoleOptions().setName(weak))).isVisible();
        browser.screenshot(page, "recruiter-compare");
    }

    private String interview(String assessment, String candidate, boolean prepared) {
        String sessionId = api.startAssessment(candidate, assessment);
        for (int position = 1; position <= 2; position++) {
            api.answer(candidate, sessionId, position, prepared ? api.modelAnswer(candidate, sessionId, position)
                    : "I would look it up when I need it, it depends on the situation.");
        }
        api.complete(candidate, sessionId);
        return sessionId;
    }

    private int score(String sessionId) {
        return (int) Math.ceil(((Number) api.completeReport(sessionId).path("overallScore")).doubleValue());
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static String path(Page page) {
        return URI.create(page.url()).getPath();
    }
}
