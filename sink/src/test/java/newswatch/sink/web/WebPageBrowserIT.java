package newswatch.sink.web;

import static newswatch.sink.web.TestAlerts.defection;
import static newswatch.sink.web.TestAlerts.humanRights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import newswatch.common.config.WebConfig;
import newswatch.common.model.Alert;
import newswatch.common.model.ArticleRef;
import newswatch.common.model.FeedState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page in Debian's headless Chromium, driven through a real alert flow. Needs /usr/bin/chromium and chromedriver. */
class WebPageBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String EVIL_TITLE = "Defector <img src=x onerror=alert(1)> <script>alert(2)</script> reaches Seoul";
    private static final String EVIL_SNIPPET = "A [[defector]] wrote <img src=x onerror=alert(3)><script>alert(4)</script>";

    private final InMemoryFeedbackPublisher publisher = new InMemoryFeedbackPublisher();
    private final List<FeedState> feeds = new ArrayList<>();
    private final WebPage page = new WebPage(new AlertIndex(1000));
    private WebServer server;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void browser(@TempDir Path profile) {
        // checked per test (not in @BeforeAll) so the reports count each test as skipped, with this reason
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: no Chromium at " + CHROMIUM
                + " (apt-get install --no-install-recommends chromium chromium-driver)");
        assertThat(CHROMEDRIVER).as("chromedriver (Debian package chromium-driver)").isExecutable();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1100));
        wait = new WebDriverWait(driver, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private void start(String token) throws Exception {
        server = WebServer.start(new WebConfig(true, "127.0.0.1", 0, token, 1000), page, publisher, () -> feeds);
    }

    private List<String> shownIds() {
        // one script call, so a re-render between two WebDriver calls cannot leave a stale element
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#alerts > li')).map(li => li.dataset.alertId);");
        return ids;
    }

    private WebElement alertItem(String id) {
        return driver.findElement(By.cssSelector("#alerts > li[data-alert-id='" + id + "']"));
    }

    @Test
    void liveAlertWithScriptPayloadShowsAsTextFiltersAndTakesFeedback() throws Exception {
        start("");
        page.write(defection("d1", "Family of four reaches Seoul via China"));
        page.write(humanRights("h1", "UN report on forced labour in prison camps"));
        driver.get(server.uri().toString());
        wait.until(ExpectedConditions.textToBe(By.id("status"), "live"));
        wait.until(d -> shownIds().equals(List.of("h1", "d1")));
        ((JavascriptExecutor) driver).executeScript("window.__dialogs = []; window.alert = (m) => window.__dialogs.push(m);");

        Alert evil = TestAlerts.alert("evil", "defection", Alert.Severity.high, EVIL_TITLE, "<b>Evil</b> Times", EVIL_SNIPPET);
        long pushed = System.nanoTime();
        page.write(evil);
        wait.until(d -> shownIds().contains("evil"));
        assertThat(Duration.ofNanos(System.nanoTime() - pushed)).isLessThan(Duration.ofSeconds(3));

        WebElement item = alertItem("evil");
        WebElement link = item.findElement(By.cssSelector("h2 a"));
        assertThat(link.getText()).isEqualTo(EVIL_TITLE);
        assertThat(link.getAttribute("href")).isEqualTo("https://news.example/evil");
        assertThat(item.findElement(By.cssSelector(".snippet mark")).getText()).isEqualTo("defector");
        assertThat(item.findElement(By.cssSelector(".snippet")).getText()).contains("<img src=x onerror=alert(3)>");
        assertThat(item.findElement(By.cssSelector(".source")).getText()).isEqualTo("<b>Evil</b> Times");
        assertThat(driver.findElements(By.cssSelector("#alerts img, #alerts script, #alerts b"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("img, script:not([src='/app.js'])"))).isEmpty();
        assertThat((List<?>) ((JavascriptExecutor) driver).executeScript("return window.__dialogs;")).isEmpty();
        assertNoDialog();
        item.findElement(By.cssSelector(".why summary")).click();
        assertThat(item.findElement(By.cssSelector(".why .terms")).getText()).contains("defector", "+2.50", "crossed the border");

        Select category = new Select(driver.findElement(By.id("category")));
        category.selectByValue("human-rights");
        wait.until(d -> shownIds().equals(List.of("h1")));
        category.selectByValue("defection");
        wait.until(d -> shownIds().equals(List.of("evil", "d1")));
        driver.findElement(By.id("q")).sendKeys("china");
        wait.until(d -> shownIds().equals(List.of("d1")));
        driver.findElement(By.cssSelector("button[type=reset]")).click();
        wait.until(d -> shownIds().equals(List.of("evil", "h1", "d1")));

        alertItem("evil").findElement(By.cssSelector("button.not-relevant")).click();
        wait.until(d -> !publisher.published.isEmpty());
        assertThat(publisher.published).singleElement().satisfies(f -> {
            assertThat(f.alertId()).isEqualTo("evil");
            assertThat(f.relevant()).isFalse();
            assertThat(f.category()).isEqualTo("defection");
        });
        wait.until(ExpectedConditions.textToBePresentInElement(
                alertItem("evil").findElement(By.cssSelector(".feedback-status")), "Marked not relevant"));

        screenshot("web-page.png");
        assertNoCspViolations();
    }

    @Test
    void aStoryUpdateReplacesItsAlertAndShowsSourcesWithLinksToHttpCopiesOnly() throws Exception {
        start("");
        Alert first = defection("s1", "Soldier defects across the border");
        page.write(first.asStory(first.storyId(), first.alertId(), 1, List.of()));
        driver.get(server.uri().toString());
        wait.until(ExpectedConditions.textToBe(By.id("status"), "live"));
        wait.until(d -> shownIds().equals(List.of("s1")));
        assertThat(alertItem("s1").findElements(By.cssSelector(".sources"))).as("one source: nothing to show").isEmpty();

        page.write(first.asStory(first.storyId(), first.alertId(), 3, List.of(
                new ArticleRef("https://copy.example/a", EVIL_TITLE, "<b>Copy</b> Daily", "en", null),
                new ArticleRef("javascript:alert(5)", "Scripted copy", "Bad Feed", "en", null))));
        wait.until(d -> !alertItem("s1").findElements(By.cssSelector(".source-count")).isEmpty());

        assertThat(shownIds()).containsExactly("s1");
        WebElement item = alertItem("s1");
        assertThat(item.findElement(By.cssSelector(".source-count")).getText()).isEqualTo("3 sources");
        List<WebElement> links = item.findElements(By.cssSelector(".related a"));
        assertThat(links).singleElement().satisfies(a -> {
            assertThat(a.getText()).isEqualTo(EVIL_TITLE);
            assertThat(a.getAttribute("href")).isEqualTo("https://copy.example/a");
        });
        assertThat(item.findElements(By.cssSelector(".related li")).get(1).getText()).isEqualTo("Scripted copy — Bad Feed");
        assertThat(item.findElement(By.cssSelector(".related")).getText()).contains("<b>Copy</b> Daily");
        assertThat(driver.findElements(By.cssSelector("#alerts img, #alerts script, #alerts b"))).isEmpty();
        assertNoDialog();
        assertNoCspViolations();
    }

    @Test
    void feedHealthPageShowsFeedsWithTheTokenFromTheFragment() throws Exception {
        start("s3cret token/+");
        Instant t = Instant.parse("2026-11-28T10:00:00Z");
        feeds.add(new FeedState(1, "https://www.dailynk.com/english/feed/", null, null, t, t, t.plusSeconds(900), 0, null, List.of()));
        feeds.add(new FeedState(1, "https://broken.example/rss", null, null, t, null, t.plusSeconds(3600), 4,
                "HTTP 503 <script>alert(1)</script>", List.of()));
        page.write(defection("d1", "Family of four reaches Seoul via China"));

        driver.get(server.uri().resolve("/#token=s3cret%20token%2F%2B").toString());
        wait.until(ExpectedConditions.textToBe(By.id("status"), "live"));
        wait.until(d -> shownIds().equals(List.of("d1")));
        assertThat(driver.getCurrentUrl()).doesNotContain("token");

        driver.findElement(By.linkText("Feed health")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.feeds")));
        List<WebElement> rows = driver.findElements(By.cssSelector("table.feeds tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("https://broken.example/rss", "failing (4)", "HTTP 503 <script>alert(1)</script>");
        assertThat(driver.findElements(By.tagName("script"))).isEmpty();
        assertNoDialog();
        screenshot("web-feeds.png");
        assertNoCspViolations();
    }

    private void assertNoDialog() {
        try {
            driver.switchTo().alert();
            throw new AssertionError("a JavaScript dialog opened: injected script ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    private void assertNoCspViolations() {
        List<String> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
        assertThat(problems).as("browser console").isEmpty();
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
