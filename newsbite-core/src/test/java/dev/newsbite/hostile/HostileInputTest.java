package dev.newsbite.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.newsbite.ExtractOptions;
import dev.newsbite.Extraction;
import dev.newsbite.ExtractionException;
import dev.newsbite.Extractor;
import dev.newsbite.Problem;
import dev.newsbite.render.Format;
import dev.newsbite.render.Renderer;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input no page should send, sent anyway. Every case must end in a (possibly partial) article or an
 * {@link ExtractionException}: no other exception, no stack overflow, no hang. The time bound is
 * generous on purpose: it catches runaway work (catastrophic backtracking, quadratic loops), it
 * does not measure speed. Inputs are generated here, never committed.
 */
class HostileInputTest {
    private static final Extractor EXTRACTOR = Extractor.create();
    /**
     * For checks of what a huge page gives: jsoup's parse alone can use up the default time
     * budget on a busy machine, and a spent budget may rightly cut the body short.
     */
    private static final Extractor PATIENT = Extractor.create(ExtractOptions.defaults().withTimeBudgetMillis(60_000));
    private static final Renderer TEXT = Renderer.of(Format.TEXT);
    private static final String URL = "https://news.example/world/2026/hostile-page";
    private static final Duration BOUND = Duration.ofSeconds(5);
    /**
     * For 20 MB and for 100,000 levels of nesting, jsoup's parse alone takes one to two seconds
     * before the JIT warms up (it caps the tree at 512 levels, but still reads every tag).
     */
    private static final Duration BIG_BOUND = Duration.ofSeconds(10);
    private static final int MB = 1 << 20;

    /** One hostile input, built lazily so that only one big input is in memory at a time. */
    record Case(String name, Supplier<byte[]> bytes, String contentType, Duration bound) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                quick("binary garbage", HostileInputTest::garbage),
                quick("binary garbage after an html start", () -> concat(ascii("<html><body><p>"), garbage())),
                quick("only whitespace", () -> ascii(" \n\t ".repeat(10_000))),
                quick("only a doctype", () -> ascii("<!DOCTYPE html>")),
                quick("only tags, no text", () -> ascii("<html><head></head><body><div><span></span></div></body></html>")),
                deep("100,000 nested divs, never closed", () -> nested("<div>", "", 100_000)),
                deep("100,000 nested spans inside a paragraph", () -> nested("<p><span>", "</span>", 100_000)),
                quick("5,000 nested blockquotes and lists", () -> nested("<blockquote><ul><li>", "</li></ul></blockquote>", 5_000)),
                quick("5,000 nested formatting elements", () -> nested("<b><i><a href=\"/x\">", "", 5_000)),
                quick("5,000 nested tables", () -> nested("<table><tr><td>", "</td></tr></table>", 5_000)),
                quick("a 5 MB class attribute", () -> page("<div class=\"" + "a".repeat(5 * MB) + "\"><p>" + story() + "</p></div>")),
                quick("a 5 MB image URL in data-src", () -> page("<figure><img src=\"data:image/gif;base64,R0lGOD\" data-src=\"https://img.example/"
                        + "a".repeat(5 * MB) + ".jpg\" srcset=\"" + "x.jpg 1w, ".repeat(200_000) + "\"><figcaption>A picture. Picture: AFP</figcaption></figure><p>" + story() + "</p>")),
                quick("a 5 MB meta content", () -> ascii("<html><head><meta property=\"og:title\" content=\"" + "T".repeat(5 * MB)
                        + "\"><meta property=\"article:published_time\" content=\"2026-" + "1".repeat(MB) + "\"></head><body><p>" + story() + "</p></body></html>")),
                quick("a 5 MB text node without spaces", () -> page("<p>" + "x".repeat(5 * MB) + "</p>")),
                quick("a 5 MB word inside a story", () -> page("<p>" + story() + "</p><p>" + "Ab".repeat(5 * MB / 2) + "</p><p>" + story() + "</p>")),
                quick("malformed and extreme entities", HostileInputTest::entities),
                quick("invalid UTF-8 sequences under a UTF-8 declaration", HostileInputTest::brokenUtf8),
                quick("an unknown charset declared in meta", () -> ascii("<html><head><meta charset=\"x-no-such-charset-" + "9".repeat(10_000)
                        + "\"></head><body><p>" + story() + "</p></body></html>")),
                new Case("a bogus charset in the Content-Type header", () -> page("<p>" + story() + "</p>"), "text/html; charset=\"\u00ff\u00fe-bogus\"", BOUND),
                new Case("UTF-16 by header, odd byte count", () -> concat(ascii("<html><body><p>"), new byte[] {0x41}), "text/html; charset=utf-16", BOUND),
                quick("a UTF-16 byte-order mark then odd bytes", () -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ascii("<p>abc</p>x"))),
                quick("5,000 figures", HostileInputTest::manyFigures),
                quick("50,000 short paragraphs", () -> page("<p>Short line of text here.</p>\n".repeat(50_000))),
                quick("30,000 links in a menu", () -> page("<nav><ul>" + "<li><a href=\"/section/a\">Section</a></li>".repeat(30_000) + "</ul></nav><p>" + story() + "</p>")),
                quick("2,000 JSON-LD scripts", () -> ascii("<html><head>" + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":[{\"name\":\"A\"}]}</script>".repeat(2_000)
                        + "</head><body><p>" + story() + "</p></body></html>")),
                quick("JSON-LD nested 100,000 deep", () -> ascii("<html><head><script type=\"application/ld+json\">" + "[".repeat(100_000) + "{\"@type\":\"NewsArticle\"}"
                        + "]".repeat(100_000) + "</script></head><body><p>" + story() + "</p></body></html>")),
                quick("__NEXT_DATA__ nested 100,000 deep", () -> page("<script id=\"__NEXT_DATA__\" type=\"application/json\">" + "{\"a\":".repeat(100_000) + "\"x\""
                        + "}".repeat(100_000) + "</script>")),
                quick("broken JSON-LD and __NEXT_DATA__", () -> ascii("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"unterminated"
                        + "</script><script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\": [1, 2,, }</script></head><body><p>" + story() + "</p></body></html>")),
                quick("a 5 MB JSON-LD articleBody", () -> ascii("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                        + "Word and \\\"quote\\\" \\u00e9 ".repeat(5 * MB / 25) + "\"}</script></head><body><h1>Title</h1></body></html>")),
                quick("long runs of spaces", () -> page("<p>" + story() + " ".repeat(2 * MB) + "end\t\t\t" + "\n".repeat(MB) + "</p><p class=\"" + " ".repeat(MB) + "x\">" + story() + "</p>")),
                quick("aaaa! patterns near class names", HostileInputTest::backtrackingBait),
                quick("bylines, credits and dates that never end", HostileInputTest::endlessPatterns),
                quick("unclosed comment, script and style", () -> ascii("<html><body><p>" + story() + "</p><!-- " + "x ".repeat(MB) + "<script>" + "var a = '<p>';".repeat(100_000) + "<style>")),
                quick("a million ampersands and angle brackets", () -> ascii("<p>" + "&<>&&<<>>".repeat(MB / 8) + "</p>")));
    }

    private static Case quick(String name, Supplier<byte[]> bytes) {
        return new Case(name, bytes, null, BOUND);
    }

    private static Case deep(String name, Supplier<byte[]> bytes) {
        return new Case(name, bytes, null, BIG_BOUND);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsInAnArticleOrATypedError(Case hostile) {
        byte[] bytes = hostile.bytes().get();
        assertTimeoutPreemptively(hostile.bound(), () -> {
            try {
                Extraction result = EXTRACTOR.extract(bytes, URL, hostile.contentType());
                assertNotNull(result.article(), hostile + ": no article");
                assertNotNull(result.article().bodyText(), hostile + ": no body text");
                assertNotNull(TEXT.render(result.article()), hostile + ": the text rendering is null");
            } catch (ExtractionException expected) {
                assertNotNull(expected.reason(), hostile + ": an ExtractionException without a reason");
            } catch (StackOverflowError e) {
                fail(hostile + ": the stack overflowed (recursion over the input?)");
            } catch (RuntimeException e) {
                fail(hostile + ": threw " + e + " instead of returning a partial article or an ExtractionException", e);
            }
        }, () -> hostile + ": did not finish within " + hostile.bound().toSeconds() + " s (runaway work?)");
    }

    @Test
    void emptyInputIsATypedError() {
        ExtractionException e = assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(new byte[0], URL, null));
        assertEquals(ExtractionException.Reason.EMPTY, e.reason());
    }

    @Test
    void aTwentyMegabytePageIsCutAndSaysSo() {
        byte[] bytes = twentyMegabytes();
        Extraction result = assertTimeoutPreemptively(BIG_BOUND, () -> PATIENT.extract(bytes, URL, null));
        assertTrue(result.problems().stream().map(Problem::code).anyMatch("truncated"::equals),
                "a 20 MB page must be reported as truncated; problems: " + result.problems());
        assertTrue(result.article().bodyText().contains("Paragraph 1 of the story"),
                "the beginning of a huge page is still read");
    }

    @Test
    void deepNestingStillFindsTheStory() {
        byte[] bytes = nested("<div class=\"wrap\">", "</div>", 100_000);
        Extraction result = assertTimeoutPreemptively(BIG_BOUND, () -> PATIENT.extract(bytes, URL, null));
        assertTrue(result.article().bodyText().contains("The council voted on Tuesday"),
                "the paragraph at the bottom of 100,000 divs is the story; body: " + result.article().bodyText());
    }

    // ---- inputs ----

    private static String story() {
        return "The council voted on Tuesday to rebuild the harbour wall, a project that residents have asked for since the storms of 2019. "
                + "Work is due to start in the spring and will take two years, the mayor said.";
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] page(String body) {
        return ascii("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Hostile page</title></head><body>"
                + body + "</body></html>");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[MB];
        new java.util.Random(20_260_401L).nextBytes(bytes);
        return bytes;
    }

    private static byte[] nested(String open, String close, int depth) {
        StringBuilder sb = new StringBuilder(depth * (open.length() + close.length()) + 1000);
        sb.append("<!DOCTYPE html><html><head><title>Deep</title></head><body>");
        sb.append(open.repeat(depth));
        sb.append("<p>").append(story()).append("</p>");
        sb.append(close.repeat(depth));
        return ascii(sb.append("</body></html>").toString());
    }

    private static byte[] twentyMegabytes() {
        StringBuilder sb = new StringBuilder(21 * MB);
        sb.append("<!DOCTYPE html><html><head><title>Huge</title></head><body><article>");
        for (int i = 1; sb.length() < 20 * MB; i++) {
            sb.append("<p>Paragraph ").append(i).append(" of the story. ").append(story()).append("</p>\n");
        }
        return ascii(sb.append("</article></body></html>").toString());
    }

    private static byte[] entities() {
        String bad = "&#99999999999999; &#x110000; &#xD800; &#0; &#; &#x; &amp &lt &; &&&; &notanentity; &#x41&#65 &AElig &#128512; "
                + "&" + "a".repeat(10_000) + "; &#" + "9".repeat(10_000) + "; ";
        return page("<h1 title=\"" + bad + "\">" + bad + "</h1><p>" + bad.repeat(300) + "</p><p>" + story() + "</p>"
                + "<img src=\"/x.jpg?a=1&b=2&#x0;\" alt=\"" + bad + "\">");
    }

    private static byte[] brokenUtf8() {
        byte[] head = ascii("<html><head><meta charset=\"utf-8\"><title>Caf\u00e9</title></head><body><p>" + story());
        byte[][] bad = {
            {(byte) 0xC3, 0x28}, {(byte) 0xA0, (byte) 0xA1}, {(byte) 0xE2, 0x28, (byte) 0xA1}, {(byte) 0xF0, 0x28, (byte) 0x8C, 0x28},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {(byte) 0xE9}, {(byte) 0x80, (byte) 0x80, (byte) 0x80}
        };
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(head);
        for (int i = 0; i < 20_000; i++) {
            out.writeBytes(bad[i % bad.length]);
            out.writeBytes(ascii(i % 50 == 0 ? "</p><p>word " : " word "));
        }
        // Latin-1 text in the middle of a UTF-8 page, as when two systems glued their output together.
        out.writeBytes("<p>Cr\u00e8me br\u00fbl\u00e9e \u00e0 la carte</p>".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        out.writeBytes(ascii("</p></body></html>"));
        return out.toByteArray();
    }

    private static byte[] manyFigures() {
        StringBuilder sb = new StringBuilder();
        sb.append("<article><h1>Gallery</h1><p>").append(story()).append("</p>");
        for (int i = 0; i < 5_000; i++) {
            sb.append("<figure class=\"gallery-item\"><img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/img/").append(i)
                    .append(".jpg\" srcset=\"/img/").append(i).append("-320.jpg 320w, /img/").append(i).append("-1280.jpg 1280w\" alt=\"Photo ")
                    .append(i).append("\"><figcaption>Caption number ").append(i).append(". Picture: AFP</figcaption></figure>");
        }
        return page(sb.append("<p>").append(story()).append("</p></article>").toString());
    }

    private static byte[] backtrackingBait() {
        String aaa = "a".repeat(50_000) + "!";
        String mixed = "comment-share-related-ad-".repeat(20_000) + "!";
        return page("<div class=\"" + aaa + "\" id=\"" + aaa + "\"><p class=\"" + mixed + "\">" + story() + "</p>"
                + "<p class=\"" + "- ".repeat(50_000) + "!\">" + "a".repeat(50_000) + "!</p>"
                + "<div class=\"" + "article".repeat(20_000) + " x\" itemprop=\"" + "articleBody ".repeat(20_000) + "!\"><p>" + story() + "</p></div></div>");
    }

    private static byte[] endlessPatterns() {
        return ascii("<html><head><meta name=\"author\" content=\"By " + "Ann Lee and ".repeat(50_000) + "\">"
                + "<meta property=\"article:published_time\" content=\"" + "2026-01-01T".repeat(50_000) + "\"></head><body>"
                + "<p class=\"byline\">By " + "Jo, ".repeat(100_000) + "</p>"
                + "<figure><img src=\"/a.jpg\"><figcaption>" + "Picture: AFP ".repeat(50_000) + "</figcaption></figure>"
                + "<time datetime=\"" + "9".repeat(100_000) + "\">" + "12:00 ".repeat(50_000) + "</time>"
                + "<p>" + story() + "</p><p>" + "The Times ".repeat(50_000) + "</p><p>" + ".".repeat(200_000) + "</p>"
                + "<p>" + "Add your comment to this story ".repeat(20_000) + "</p></body></html>");
    }
}
