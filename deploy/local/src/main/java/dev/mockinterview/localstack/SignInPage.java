package dev.mockinterview.localstack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The local stack's sign-in page: pick a role and a name, and the proxy signs a token for them. What it accepts and
 * how it looks, without any HTTP; {@link OneOrigin} serves it.
 */
final class SignInPage {
    static final List<String> ROLES = List.of("candidate", "recruiter", "admin");
    static final int NAME_MAX_LENGTH = 64;
    // The name becomes the token's subject, which the services show and use as the candidate id.
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._@-]{1," + NAME_MAX_LENGTH + "}");

    private SignInPage() {
    }

    /** What the user entered, as the form sends it back after an error. */
    record Form(String role, String name, String next) {
    }

    /** Why the name is refused, if it is. */
    static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Enter a name.");
        }
        if (!NAME.matcher(name.strip()).matches()) {
            return Optional.of("Use at most " + NAME_MAX_LENGTH
                    + " letters, digits, spaces and the characters . _ @ -");
        }
        return Optional.empty();
    }

    /**
     * Where to go after signing in: {@code next} when it is a path on this origin, else {@code /}. A value such as
     * {@code //evil.example} or {@code https://evil.example} would leave the site (an open redirect).
     */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return "/";
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? next : "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    /** The page, with the form's values kept and the problem, if any, next to the name. */
    static String html(Form form, String csrfToken, String problem) {
        StringBuilder options = new StringBuilder();
        for (String role : ROLES) {
            options.append("<option value=\"").append(role).append('"')
                    .append(role.equals(form.role()) ? " selected" : "").append('>').append(role)
                    .append("</option>");
        }
        String describedBy = problem == null ? "name-hint" : "name-hint name-error";
        String error = problem == null ? ""
                : "<p id=\"name-error\" class=\"error\">" + escape(problem) + "</p>\n";
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Sign in · Mock Interview</title>
                <link rel="stylesheet" href="/web/site.css">
                <link rel="icon" href="/web/favicon.svg">
                </head>
                <body>
                <header class="site-header"><a class="brand" href="/">Mock Interview</a></header>
                <main id="main">
                <h1>Sign in</h1>
                <p class="notice">This sign-in exists only on the local stack: pick a role and a name, no password.</p>
                <form method="post" action="/sign-in">
                <input type="hidden" name="csrf" value="%s">
                <input type="hidden" name="next" value="%s">
                <label for="role">Role</label>
                <select id="role" name="role">%s</select>
                <label for="name">Name</label>
                <input id="name" name="name" type="text" required maxlength="%d" autocomplete="username" value="%s"
                 aria-describedby="%s">
                <p id="name-hint" class="hint">Your user id on the platform, for example alice.</p>
                %s<div class="actions"><button type="submit">Sign in</button></div>
                </form>
                </main>
                </body>
                </html>
                """.formatted(escape(csrfToken), escape(form.next()), options, NAME_MAX_LENGTH,
                escape(form.name()), describedBy, error);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
