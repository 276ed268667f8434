package org.csip.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright — never a browser Playwright downloads (see DEVELOPERS.md) — with a login
 * through the stack's real Keycloak and axe-core's accessibility check.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CSIP_CHROMIUM", "/usr/bin/chromium"));
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser() {
        assertThat(CHROMIUM).as("Chromium for the browser tests (.ci/run installs it: apt-get install -y chromium)")
                .isExecutable();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(ARGS));
    }

    static Browser start() {
        return new Browser();
    }

    /** A fresh browser session (its own cookies) signed in as {@code username} through the Keycloak login page. */
    Page signIn(String gatewayUrl, String username) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("en-GB"));
        Page page = context.newPage();
        try {
            page.navigate(gatewayUrl + "/");
            page.fill("#username", username);
            // A realm with organizations asks for the username first, then the password.
            if (!page.isVisible("#password")) {
                page.click("#kc-login");
            }
            page.fill("#password", "demo");
            page.click("#kc-login");
            page.waitForURL(gatewayUrl + "/**");
            page.waitForSelector("#live-status[data-state=live]");
            return page;
        } catch (RuntimeException e) {
            screenshot(page, "sign-in-failed-" + username);
            throw e;
        }
    }

    /** Saves what the page looks like under {@code target/screenshots}. */
    static Path screenshot(Page page, String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** axe-core's violations of impact serious or critical on the page as it is now (empty when there are none). */
    static List<String> seriousAccessibilityViolations(Page page) {
        // Evaluated by the test tool, not added as an inline script the dashboard's CSP (rightly) blocks.
        page.evaluate("() => {\n" + axe() + "\n}");
        Object found = page.evaluate("""
                async () => (await axe.run(document, {resultTypes: ['violations']})).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))
                """);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) found;
        return violations;
    }

    private static String axe() {
        String resource = "/META-INF/resources/webjars/axe-core/" + System.getProperty("csip.axe.version", "4.6.3")
                + "/axe.min.js";
        try (InputStream in = Browser.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }

    static void ensureScreenshotFolder() {
        try {
            Files.createDirectories(Path.of("target", "screenshots"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
