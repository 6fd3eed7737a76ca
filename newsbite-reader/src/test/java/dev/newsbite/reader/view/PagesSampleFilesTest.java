package dev.newsbite.reader.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Writes one page of each kind to {@code target/view-samples/} so a person (or a screenshot) can
 * look at them offline: the pictures are inline, generated here, so nothing is fetched.
 */
class PagesSampleFilesTest {
    private static final Path OUT = Path.of("target", "view-samples");

    @Test
    void writesSamplePagesToLookAt() throws IOException {
        Pages pages = new Pages();
        String wide = picture(960, 540, new Color(0x2f6f8f), new Color(0xd9b46a));
        String other = picture(960, 640, new Color(0x4a5a3a), new Color(0x9fb8c8));
        String thumb = picture(320, 240, new Color(0x7a3b2e), new Color(0xe8c07a));
        ArticleView story = new ArticleView(SampleViews.story(wide, other), URI.create(SampleViews.URL),
                SampleViews.FETCHED, null);
        ArticleView stale = new ArticleView(SampleViews.story(wide, other), URI.create(SampleViews.URL),
                SampleViews.FETCHED, "The original site is not answering right now; this is the copy read on "
                        + "29 November 2026, 10:41 UTC.");
        ArticleView listing = new ArticleView(SampleViews.listing(thumb), URI.create("https://news.example.org/world"),
                SampleViews.FETCHED, null);
        Map<String, String> samples = Map.of(
                "article.html", pages.article(story),
                "article-stale.html", pages.article(stale),
                "listing.html", pages.article(listing),
                "home.html", pages.home(SampleViews.home()),
                "home-problem.html", pages.home(new HomeView(SampleViews.home().recent(), "www.example.com/a story",
                        "That is not a web address: it needs to start with https://")),
                "error.html", pages.error(SampleViews.unreachable()),
                "stress.html", pages.article(new ArticleView(SampleViews.stress(), URI.create(SampleViews.LONG_URL),
                        SampleViews.FETCHED, null)));
        Files.createDirectories(OUT);
        for (Map.Entry<String, String> sample : samples.entrySet()) {
            assertThat(sample.getValue().toLowerCase(Locale.ROOT)).doesNotContain("<script");
            Files.writeString(OUT.resolve(sample.getKey()), sample.getValue(), StandardCharsets.UTF_8);
        }
        assertThat(OUT.resolve("article.html")).exists();
    }

    /** A soft two-colour picture with a horizon, as an inline PNG. */
    private static String picture(int width, int height, Color top, Color bottom) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, top, 0, height, bottom));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0, 0, 0, 60));
        g.fillOval(-width / 4, height * 2 / 3, width * 3 / 2, height);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
