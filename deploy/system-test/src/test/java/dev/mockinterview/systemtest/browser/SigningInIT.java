package dev.mockinterview.systemtest.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import dev.mockinterview.localstack.TokenIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out through the local stack's pages in Chromium. */
class SigningInIT {
    // Where each role's home page (/) sends it.
    private static final Map<String, String> HOME = Map.of("candidate", "/interviews",
            "recruiter", "/recruiter/reports", "admin", "/author/questions");

    @RegisterExtension
    static final BrowserStack browser = new BrowserStack();

    @Test
    void eachRoleOpeningItsHomeIsSentToSignInAndBackWithAnHttpOnlyCookie() {
        for (Map.Entry<String, String> role : HOME.entrySet()) {
            // given a browser that has not signed in, opening the role's home page
            Page page = browser.anonymousPage();
            page.navigate(role.getValue());
            assertThat(path(page)).isEqualTo("/sign-in");
            assertThat(query(page)).isEqualTo("next=" + role.getValue());
            browser.screenshot(page, "sign-in-" + role.getKey());

            // when they sign in on the page
            browser.submitSignIn(page, role.getKey(), "browser-" + role.getKey());

            // then they are back on their home page, holding the token in a cookie that scripts cannot read
            assertThat(path(page)).isEqualTo(role.getValue());
            Cookie token = page.context().cookies().stream()
                    .filter(cookie -> cookie.name.equals(TokenIssuer.COOKIE)).findFirst().orElseThrow();
            assertThat(token.httpOnly).isTrue();
            assertThat(token.sameSite).isEqualTo(SameSiteAttribute.LAX);
            assertThat(token.path).isEqualTo("/");
            assertThat(page.evaluate("document.cookie").toString()).doesNotContain(TokenIssuer.COOKIE);
        }
    }

    @Test
    void theFixtureSignsInThroughThePageAndLeavesIt() {
        Page page = browser.signIn("candidate", "fixture-cora");

        assertThat(path(page)).isEqualTo("/interviews");
        assertThat(page.getByText("fixture-cora").first().isVisible()).isTrue();
        assertThat(page.context().cookies()).anyMatch(cookie -> cookie.name.equals(TokenIssuer.COOKIE));
    }

    @Test
    void signingOutReturnsToSignInAndForgetsTheToken() {
        // given a signed-in recruiter
        Page page = browser.signIn("recruiter", "leaving-rita");

        // when they press Sign out in the page's header
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(url -> URI.create(url).getPath().equals("/sign-in"));

        // then the sign-in page shows and the token is gone: pages send the browser back to sign in
        assertThat(page.getByLabel("Role").isVisible()).isTrue();
        assertThat(page.context().cookies()).noneMatch(cookie -> cookie.name.equals(TokenIssuer.COOKIE));
        page.navigate("/recruiter/reports");
        assertThat(path(page)).isEqualTo("/sign-in");
    }

    private static String path(Page page) {
        return URI.create(page.url()).getPath();
    }

    private static String query(Page page) {
        return URLDecoder.decode(URI.create(page.url()).getRawQuery(), StandardCharsets.UTF_8);
    }
}
