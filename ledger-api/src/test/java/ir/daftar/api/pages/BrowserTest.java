package ir.daftar.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.it.ApiClient;
import ir.daftar.api.it.PostgresIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests of the pages (issue 15): a real headless Chromium driven by Selenium through ChromeDriver, both from
 * the distribution's packages ({@code ops/dev/ensure-chromium.sh} installs them; {@code CHROME_BIN} and
 * {@code CHROMEDRIVER} point elsewhere). Each test asserts what the person sees. {@link #check(String)} runs the
 * axe-core accessibility rules of WCAG 2.1 A and AA inside the page (axe-core from the registry's package, injected by
 * the test, never served by the application) and fails on a serious or critical violation, and saves the page at
 * 360 px and 1280 px under {@code target/pages} ({@code -Ddaftar.pages.screenshots=docs/pages} writes them there
 * instead, as committed).
 */
public abstract class BrowserTest extends PostgresIntegrationTest {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    static final int PHONE = 360;
    static final int DESKTOP = 1280;

    @LocalServerPort
    protected int port;

    protected WebDriver browser;
    protected WebDriverWait waiting;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(env("CHROME_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--disable-background-networking", "--lang=fa",
                "--window-size=" + PHONE + ",800", "--force-device-scale-factor=1");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fa"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        waiting = new WebDriverWait(browser, Duration.ofSeconds(20));
        // a page that replaced itself while a condition was being read: read it again
        waiting.ignoring(StaleElementReferenceException.class);
    }

    /** A failed test leaves the page it failed on (its HTML and a screenshot) under target/pages/failed-*, before the
     * browser closes. */
    @RegisterExtension
    final AfterTestExecutionCallback keepFailedPage = context -> {
        Throwable cause = context.getExecutionException().orElse(null);
        if (browser == null || cause == null) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of("target/pages"));
            String name = "failed-" + context.getRequiredTestMethod().getName();
            Files.writeString(dir.resolve(name + ".html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    };

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Signs in through the form, as a person does, and answers the path landed on. */
    protected String signIn(String username) {
        open("/login");
        type("username", username);
        type("password", ApiClient.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting.until(d -> !d.getCurrentUrl().contains("/login"));
        return path();
    }

    protected String path() {
        String url = browser.getCurrentUrl();
        return url.substring(("http://localhost:" + port).length());
    }

    protected void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    protected void submit(String formSelector) {
        browser.findElement(By.cssSelector(formSelector + " button[type=submit]")).click();
    }

    protected String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    protected List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    protected String mainText() {
        return text("main");
    }

    /**
     * The page as it is now: no serious or critical accessibility violation (axe-core, WCAG 2.1 A and AA), and its
     * screenshots at phone and desktop width, named {@code name-360.png} and {@code name-1280.png}.
     */
    protected void check(String name) {
        assertThat(seriousViolations()).as("accessibility of " + name + " (axe-core, WCAG 2.1 AA)").isEmpty();
        screenshot(name, PHONE);
        screenshot(name, DESKTOP);
        browser.manage().window().setSize(new Dimension(PHONE, 800));
    }

    @SuppressWarnings("unchecked")
    private List<String> seriousViolations() {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ': ' + v.help + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));""");
        return new ArrayList<>((List<String>) result);
    }

    private static String axe;

    private static synchronized String axeSource() {
        if (axe == null) {
            try (InputStream in = BrowserTest.class.getResourceAsStream(AXE)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is not on the test classpath: " + AXE);
                }
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    private void screenshot(String name, int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        Long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.min(4000, Math.ceil(document.documentElement.scrollHeight));");
        browser.manage().window().setSize(new Dimension(width, Math.max(600, height.intValue())));
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Path dir = Path.of(System.getProperty("daftar.pages.screenshots", "target/pages"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + "-" + width + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
