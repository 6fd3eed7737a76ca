package dev.newsbite.reader;

import static dev.newsbite.reader.ReaderEndToEndTest.CAPTION;
import static dev.newsbite.reader.ReaderEndToEndTest.HEADLINE;
import static dev.newsbite.reader.ReaderEndToEndTest.STORY;
import static dev.newsbite.reader.ReaderEndToEndTest.readerPath;
import static dev.newsbite.reader.testing.PageChecks.occurrences;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsbite.reader.testing.HeadlessChromium;
import dev.newsbite.reader.testing.OriginServer;
import dev.newsbite.reader.testing.PageChecks;
import dev.newsbite.reader.testing.ReaderClient;
import dev.newsbite.reader.testing.TestReaders;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader in a real headless Chromium: no script of the origin runs, captions appear once,
 * listing links stay in NewsBite, and the home page's box leads to the article. Screenshots of
 * each page at desktop and phone widths go to {@code target/screenshots/}. Skipped, with a
 * message, where Chromium or chromedriver is not installed.
 */
class ReaderBrowserIT {
    private static final String HOSTILE = "/hostile/2026/11/28/night-market-licence";
    private static final String HOSTILE_HEADLINE = "Night market licence extended for another summer";
    private static final int DESKTOP = 1280;
    private static final int PHONE = 390;

    @TempDir
    static Path data;
    static HeadlessChromium chromium;
    static OriginServer origin;
    static ReaderServer reader;
    static ReaderClient client;

    @BeforeAll
    static void start() throws ReaderStartException {
        String missing = HeadlessChromium.missing();
        if (missing != null) {
            // Each test reports the skip with this message; the build log shows it once too.
            System.err.println("ReaderBrowserIT " + missing);
            return;
        }
        chromium = HeadlessChromium.startOrSkip();
        origin = OriginServer.start();
        reader = ReaderServer.start(TestReaders.config(data, true, Duration.ofMinutes(10)));
        client = new ReaderClient(reader.port());
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (reader != null) {
            reader.close();
        }
        if (origin != null) {
            origin.close();
        }
    }

    @BeforeEach
    void needsChromium() {
        assumeTrue(chromium != null, HeadlessChromium.missing());
    }

    private static ChromeDriver browser() {
        return chromium.driver();
    }

    private static void open(String readerPath) {
        browser().get(client.base() + readerPath);
    }

    private static void screenshots(String name) {
        chromium.screenshot(name + "-desktop", DESKTOP, false);
        chromium.screenshot(name + "-phone", PHONE, true);
    }

    @Test
    void noScriptOfTheOriginRuns() {
        // The same page read directly does run its scripts (see OriginServer's hostile page):
        // title 'PWNED', a #pwned element, data-pwned attributes.
        open(readerPath(origin, HOSTILE));
        assertThat(browser().getTitle()).isEqualTo(HOSTILE_HEADLINE);
        assertThat(browser().findElements(By.tagName("script"))).isEmpty();
        assertThat(browser().findElements(By.cssSelector("iframe, object, embed, [onload], [onerror], [onmouseover]"))).isEmpty();
        // Interact as a person would, in case a handler slipped through under another name.
        for (WebElement p : browser().findElements(By.cssSelector("p, img, a"))) {
            if (p.isDisplayed()) {
                new Actions(browser()).scrollToElement(p).moveToElement(p).perform();
            }
        }
        assertThat(browser().getTitle()).isEqualTo(HOSTILE_HEADLINE);
        assertThat(browser().findElements(By.id("pwned"))).isEmpty();
        assertThat(browser().findElement(By.tagName("html")).getDomAttribute("data-pwned")).isNull();
        assertThat(browser().findElement(By.tagName("body")).getDomAttribute("data-pwned")).isNull();
        assertThat(browser().findElement(By.tagName("body")).getText()).doesNotContain("written by a script")
                .doesNotContain("appended by a script");
        assertThat(occurrences(browser().findElement(By.tagName("body")).getText(), "Stalls on the old ferry pier in August."))
                .isEqualTo(1);
        screenshots("hostile");

        // The browser was told not to run scripts: the CSP header of the same page.
        HttpResponse<String> r = client.get(readerPath(origin, HOSTILE));
        PageChecks.noScripts(r, client.html(r));
    }

    @Test
    void articleShowsItsCaptionOnceAndItsPictures() {
        open(readerPath(origin, STORY));
        assertThat(browser().getTitle()).contains(HEADLINE);
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo(HEADLINE);
        String text = browser().findElement(By.tagName("body")).getText();
        assertThat(occurrences(text, CAPTION)).isEqualTo(1);
        assertThat(text).contains("Picture: Tomas Berg").contains("Original URL");
        assertThat(browser().findElements(By.tagName("script"))).isEmpty();
        WebElement lead = browser().findElement(By.cssSelector("figure img"));
        new WebDriverWait(browser(), Duration.ofSeconds(5))
                .until(d -> !"0".equals(lead.getDomProperty("naturalWidth")));
        assertThat(Integer.parseInt(lead.getDomProperty("naturalWidth"))).as("the lead picture loaded from its origin")
                .isPositive();
        assertThat(browser().findElements(By.cssSelector("a[href]")).stream().map(a -> a.getDomAttribute("href")))
                .as("a link to the original").contains(origin.url(STORY));
        screenshots("article");
        chromium.darkScreenshot("article-dark-phone", PHONE, true);
    }

    @Test
    void listingLinksAllStayOnTheReader() {
        open(readerPath(origin, "/section/city"));
        String readerHost = URI.create(client.base()).getAuthority();
        List<WebElement> links = browser().findElements(By.cssSelector("a[href]")).stream()
                .filter(a -> !origin.url("/section/city").equals(a.getDomAttribute("href")))
                .toList();
        assertThat(links).hasSizeGreaterThanOrEqualTo(8).allSatisfy(a ->
                assertThat(URI.create(a.getDomProperty("href")).getAuthority()).as(a.getText()).isEqualTo(readerHost));
        screenshots("listing");
        // Following a teaser lands on a reader article page.
        browser().findElement(By.partialLinkText("Bridge repairs delayed")).click();
        new WebDriverWait(browser(), Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith(readerPath(origin, "/news/2026/11/26/bridge-repairs-delayed")));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo(HEADLINE);
    }

    @Test
    void homeBoxTakesAPastedAddressToItsArticle() {
        open("/");
        screenshots("home");
        WebElement box = browser().findElement(By.name("url"));
        box.sendKeys(origin.url(STORY), Keys.ENTER);
        new WebDriverWait(browser(), Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith(readerPath(origin, STORY)));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo(HEADLINE);
        open("/");
        assertThat(browser().findElement(By.tagName("body")).getText()).as("recently read")
                .contains(HEADLINE);
        screenshots("home-recent");
    }

    @Test
    void aStoredCopyServedWithTheOriginDownSaysSo() throws Exception {
        Duration window = Duration.ofMillis(300);
        try (OriginServer own = OriginServer.start();
                ReaderServer shortWindow = ReaderServer.start(TestReaders.config(data.resolve("short"), true, window))) {
            String path = "/http:127.0.0.1:" + own.port() + STORY;
            String at = "http://127.0.0.1:" + shortWindow.port() + path;
            browser().get(at);
            assertThat(browser().findElements(By.cssSelector("[role=status], .notice"))).isEmpty();
            own.stop();
            Thread.sleep(window.toMillis() + 200);
            browser().get(at);
            assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo(HEADLINE);
            assertThat(browser().findElement(By.cssSelector("[role=status], .notice")).getText()).isNotBlank();
            screenshots("stored-copy");
        }
    }

    @Test
    void errorPageSaysWhatWentWrongAndLinksTheOriginal() {
        open(readerPath(origin, "/status/404"));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(browser().findElements(By.cssSelector("a[href]")).stream().map(a -> a.getDomAttribute("href")))
                .contains(origin.url("/status/404"));
        assertThat(browser().findElements(By.tagName("script"))).isEmpty();
        screenshots("error");
    }
}
