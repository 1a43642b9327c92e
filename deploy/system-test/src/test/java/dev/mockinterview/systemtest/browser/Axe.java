package dev.mockinterview.systemtest.browser;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * Deque's axe-core accessibility rules (from its webjar) run inside a page: the WCAG 2 A and AA violations it finds,
 * each as "rule (impact): the elements at fault".
 */
final class Axe {
    private static final String SCRIPT = script();

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    static List<String> violations(Page page) {
        // Evaluated rather than added as a script element: the pages' Content-Security-Policy refuses inline scripts.
        page.evaluate("() => {\n" + SCRIPT + "\n}");
        return (List<String>) page.evaluate("""
                async () => (await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}}))
                    .violations.map(v => v.id + ' (' + v.impact + '): '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))""");
    }

    private static String script() {
        Properties webjar = new Properties();
        try (InputStream properties = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            webjar.load(properties);
            try (InputStream axe = resource("META-INF/resources/webjars/axe-core/" + webjar.getProperty("version")
                    + "/axe.min.js")) {
                return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream stream = Axe.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IOException("no " + name + " on the class path (org.webjars.npm:axe-core)");
        }
        return stream;
    }
}
