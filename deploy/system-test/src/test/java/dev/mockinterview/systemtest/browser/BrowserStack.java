package dev.mockinterview.systemtest.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dev.mockinterview.localstack.LocalStack;
import dev.mockinterview.localstack.SigningKeys;
import dev.mockinterview.localstack.StackSettings;
import dev.mockinterview.localstack.TokenIssuer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The platform in a real browser, for tests of its pages. Register it on a test class with
 * {@code @RegisterExtension static final BrowserStack browser = new BrowserStack();}. The first class that does
 * starts the local stack (PostgreSQL, Kafka, the three packaged services and the web proxy with its sign-in, on free
 * ports) and a headless Chromium; every later class shares them, and both stop when the test run ends. Each
 * {@link #signIn} or {@link #anonymousPage} opens a fresh browser context (its own cookies), closed after the test.
 *
 * <p>Chromium: Debian's {@code /usr/bin/chromium} when it exists (these machines cannot download a browser),
 * otherwise the one Playwright downloads for itself.
 */
public final class BrowserStack implements BeforeAllCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserStack.class);
    private static final List<Path> SYSTEM_CHROMIUM = List.of(Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-browser"));
    // Without the background-networking ones Chromium keeps calling home, which a closed network answers slowly.
    private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
            "--disable-quic");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final List<BrowserContext> contexts = new ArrayList<>();
    private Shared shared;

    @Override
    public void beforeAll(ExtensionContext context) {
        // The root store closes what it holds (AutoCloseable) once, when the whole run is over.
        shared = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Shared.class, key -> Shared.start(),
                Shared.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        // A failed test leaves a picture of every page it had open, to see what the browser saw.
        if (context.getExecutionException().isPresent()) {
            int number = 0;
            for (BrowserContext browserContext : contexts) {
                for (Page page : browserContext.pages()) {
                    screenshot(page, "failed-" + context.getRequiredTestMethod().getName() + "-" + ++number);
                }
            }
        }
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /**
     * A page in a fresh browser context that signed in through the real {@code /sign-in} page as the role
     * ({@code candidate}, {@code recruiter}, {@code admin}) and name, left where the sign-in redirected it (the home
     * page, which redirects by role).
     */
    public Page signIn(String role, String name) {
        Page page = anonymousPage();
        page.navigate("/sign-in");
        submitSignIn(page, role, name);
        return page;
    }

    /**
     * Fills and submits the sign-in form the page shows (after {@code /sign-in} or a redirect to it), and waits
     * until the browser has left it.
     */
    public void submitSignIn(Page page, String role, String name) {
        page.getByLabel("Role").selectOption(role);
        page.getByLabel("Name").fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !URI.create(url).getPath().equals("/sign-in"));
    }

    /** A page in a fresh browser context with no cookie; {@code page.navigate("/path")} is relative to the origin. */
    public Page anonymousPage() {
        BrowserContext context = shared.browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(shared.stack.webUrl()));
        contexts.add(context);
        Page page = context.newPage();
        // The browser's console errors (a script that failed, a resource refused) go to the test's output.
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                System.out.println("Browser console error on " + page.url() + ": " + message.text());
            }
        });
        return page;
    }

    /** Saves the whole page as {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** The absolute URL of a path on the one origin, e.g. {@code url("/api/v1/sessions")}, for API calls. */
    public String url(String path) {
        return shared.stack.webUrl() + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** A bearer token for API calls that prepare a test (the same token the sign-in puts in its cookie). */
    public String token(String role, String subject) {
        return shared.tokens.token(role, subject);
    }

    /** The running stack (its services, ports and data folder). */
    public LocalStack stack() {
        return shared.stack;
    }

    private static final class Shared implements AutoCloseable {
        private final LocalStack stack;
        private final TokenIssuer tokens;
        private final Playwright playwright;
        private final Browser browser;

        private Shared(LocalStack stack, TokenIssuer tokens, Playwright playwright, Browser browser) {
            this.stack = stack;
            this.tokens = tokens;
            this.playwright = playwright;
            this.browser = browser;
        }

        static Shared start() {
            Path repository = Path.of(System.getProperty("mip.repository", "../..")).toAbsolutePath().normalize();
            Path data = Path.of("target", "browser-stack-data", UUID.randomUUID().toString()).toAbsolutePath();
            LocalStack stack = LocalStack.start(StackSettings.withFreePorts(repository, data), System.out);
            Playwright playwright = null;
            boolean started = false;
            try {
                Files.createDirectories(SCREENSHOTS);
                // Playwright's driver unpacks itself, and the browser keeps its profile, in the system temp folder
                // unless told otherwise: both stay under target/.
                Path temp = Files.createDirectories(Path.of("target", "playwright-tmp").toAbsolutePath());
                System.setProperty("playwright.driver.tmpdir", temp.toString());
                Optional<Path> chromium = SYSTEM_CHROMIUM.stream().filter(Files::isExecutable).findFirst();
                // The build sets PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1; with no system browser, Playwright needs its own.
                playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                        "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", chromium.isPresent() ? "1" : "0",
                        "TMPDIR", temp.toString())));
                BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true)
                        .setArgs(CHROMIUM_FLAGS);
                chromium.ifPresent(launch::setExecutablePath);
                Browser browser = playwright.chromium().launch(launch);
                Shared shared = new Shared(stack,
                        new TokenIssuer(SigningKeys.existing(data.resolve("keys")).privateKey()), playwright, browser);
                started = true;
                return shared;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (!started) {
                    if (playwright != null) {
                        playwright.close();
                    }
                    stack.close();
                }
            }
        }

        @Override
        public void close() {
            playwright.close();
            stack.close();
        }
    }
}
