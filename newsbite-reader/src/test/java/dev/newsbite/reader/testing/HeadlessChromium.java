package dev.newsbite.reader.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven through the system's chromedriver. Nothing is downloaded: the
 * driver's path is given both to the service and as {@code webdriver.chrome.driver}, and Selenium
 * only asks its Selenium Manager for a driver when neither is set. Where the browser or the driver
 * is missing, the calling test is skipped with a message saying which.
 *
 * <p>Paths default to the Debian packages ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver});
 * the system properties {@code newsbite.chromium} and {@code newsbite.chromedriver} override them.
 */
public final class HeadlessChromium implements AutoCloseable {
    /** Where screenshots go, relative to the module (the build's working directory). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Full-page screenshots stop here, so a runaway page cannot make a huge image. */
    private static final int MAX_SCREENSHOT_HEIGHT = 8_000;

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    private static Path browserPath() {
        return Path.of(System.getProperty("newsbite.chromium", "/usr/bin/chromium"));
    }

    private static Path driverPath() {
        return Path.of(System.getProperty("newsbite.chromedriver", "/usr/bin/chromedriver"));
    }

    /** Why the browser cannot run here (a message for a skipped test), or null when it can. */
    public static String missing() {
        if (!Files.isExecutable(browserPath())) {
            return "skipped: no Chromium at " + browserPath()
                    + " (install the Debian packages chromium and chromium-driver, or set -Dnewsbite.chromium)";
        }
        if (!Files.isExecutable(driverPath())) {
            return "skipped: no chromedriver at " + driverPath()
                    + " (install the Debian package chromium-driver, or set -Dnewsbite.chromedriver)";
        }
        return null;
    }

    /** Starts the browser, or skips the calling test (JUnit assumption) when it is not installed. */
    public static HeadlessChromium startOrSkip() {
        String missing = missing();
        assumeTrue(missing == null, missing);
        Path browser = browserPath();
        Path chromedriver = driverPath();
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("newsbite-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        return new HeadlessChromium(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Saves a full-page screenshot of the current page, laid out {@code width} CSS pixels wide
     * ({@code mobile} emulates a phone: touch viewport, no desktop scrollbars), as
     * {@code target/screenshots/<name>.png}.
     */
    public Path screenshot(String name, int width, boolean mobile) {
        // The DevTools protocol lays the page out at the asked width; Selenium's own screenshot
        // only covers the window, and the window cannot be narrower than ~500 px headless.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", mobile));
        Object metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        int height = contentHeight(metrics);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", Math.min(Math.max(height, 400), MAX_SCREENSHOT_HEIGHT),
                        "deviceScaleFactor", 1, "mobile", mobile));
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #screenshot}, with the page told the reader prefers a dark colour scheme. */
    public Path darkScreenshot(String name, int width, boolean mobile) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                java.util.List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            return screenshot(name, width, mobile);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", java.util.List.of()));
        }
    }

    private static int contentHeight(Object metrics) {
        if (metrics instanceof Map<?, ?> m) {
            Object size = m.containsKey("cssContentSize") ? m.get("cssContentSize") : m.get("contentSize");
            if (size instanceof Map<?, ?> s && s.get("height") instanceof Number h) {
                return (int) Math.ceil(h.doubleValue());
            }
        }
        return 900;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temp profile is harmless; the test's outcome matters more.
        }
    }
}
