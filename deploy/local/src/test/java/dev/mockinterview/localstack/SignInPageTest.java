package dev.mockinterview.localstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInPageTest {

    @Test
    void nextStaysOnThisOrigin() {
        assertThat(SignInPage.safeNext("/interviews/42?tab=feedback")).isEqualTo("/interviews/42?tab=feedback");
        assertThat(SignInPage.safeNext("/")).isEqualTo("/");
    }

    @Test
    void nextThatWouldLeaveTheSiteBecomesHome() {
        assertThat(SignInPage.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(SignInPage.safeNext("//evil.example/")).isEqualTo("/");
        assertThat(SignInPage.safeNext("/\\evil.example")).isEqualTo("/");
        assertThat(SignInPage.safeNext("/\t/evil.example")).isEqualTo("/");
        assertThat(SignInPage.safeNext("javascript:alert(1)")).isEqualTo("/");
        assertThat(SignInPage.safeNext("")).isEqualTo("/");
        assertThat(SignInPage.safeNext(null)).isEqualTo("/");
    }

    @Test
    void aNameIsPlainTextOfBoundedLength() {
        assertThat(SignInPage.nameProblem("alice")).isEmpty();
        assertThat(SignInPage.nameProblem("Ada Lovelace")).isEmpty();
        assertThat(SignInPage.nameProblem(" ")).contains("Enter a name.");
        assertThat(SignInPage.nameProblem("<script>")).isPresent();
        assertThat(SignInPage.nameProblem("a".repeat(65))).isPresent();
    }

    @Test
    void whatTheUserTypedIsEscaped() {
        String html = SignInPage.html(new SignInPage.Form("admin", "<script>alert(1)</script>", "/\"><x"), "t",
                "Bad <name>");

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .contains("Bad &lt;name&gt;").contains("/&quot;&gt;&lt;x")
                .contains("<option value=\"admin\" selected>");
    }
}
