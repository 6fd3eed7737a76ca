package dev.newsbite.render;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsbite.Extraction;
import dev.newsbite.ExtractionException;
import dev.newsbite.Extractor;
import dev.newsbite.fixtures.FixtureSeeds;
import dev.newsbite.model.Article;
import dev.newsbite.model.Bite;
import dev.newsbite.model.Block;
import dev.newsbite.model.Embed;
import dev.newsbite.model.Figure;
import dev.newsbite.model.Heading;
import dev.newsbite.model.Link;
import dev.newsbite.model.ListBlock;
import dev.newsbite.model.Named;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Paragraph;
import dev.newsbite.model.Quote;
import dev.newsbite.model.Table;
import dev.newsbite.model.Teaser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every renderer under fuzzed articles, both as the extractor builds them from fuzzed pages and as
 * anyone could build them (from JSON read back, from another extractor): hostile text, URLs and
 * link spans straight into the records. The properties are in {@link RenderChecks}.
 */
class RenderersFuzzTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    /** Text and URLs a page might use to break out of escaping or smuggle in code. */
    private static final String[] HOSTILE = {
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
        " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
        "data:image/svg+xml;base64,PHN2Zz4=", "data:image/png;base64,iVBORw0KGgo=", "https://x.example/a\"onmouseover=\"alert(1)",
        "https://x.example/<script>", "http://", "https://", "//evil.example/", "/\\evil.example", "&lt;script&gt;",
        "</textarea><script>", "<!--", "]]>", "<![CDATA[", "](javascript:alert(1))", "[x](javascript:alert(1))",
        "<svg onload=alert(1)>", "<math><mi xlink:href=\"javascript:alert(1)\">", "\u0000", "\u001b[31m", "\u2028", "\ud800",
        "\r\n", "# heading", "1. item", "| a | b |", "`code`", "*", "\\", "&amp;", "&#x3C;script&#x3E;",
        "https://news.example/a b", "https://news.example/" + "a".repeat(5000), "https://user:pass@news.example:8080/p?q=1#f",
        "2026-05-01T10:00:00+02:00", "2026-13-45", "en", "en-GB-x-" + "a".repeat(20), "' onfocus='alert(1)' autofocus='",
    };

    @MethodSource("dev.newsbite.fixtures.FixtureSeeds#pageBytes")
    @Timeout(20)
    @FuzzTest(maxDuration = "60s")
    void fromPages(byte[] page) {
        Extraction extraction;
        try {
            extraction = EXTRACTOR.extract(page, FixtureSeeds.URL, null);
        } catch (ExtractionException e) {
            return; // ExtractorFuzzTest checks the extraction itself
        }
        RenderChecks.allFormats(extraction.article());
    }

    @Timeout(20)
    @FuzzTest(maxDuration = "60s")
    void fromData(FuzzedDataProvider data) {
        RenderChecks.allFormats(article(data));
    }

    static Article article(FuzzedDataProvider data) {
        PageType type = data.pickValue(PageType.values());
        String url = text(data);
        String canonical = text(data);
        String title = text(data);
        String standfirst = text(data);
        List<String> authors = strings(data, 4);
        String published = text(data);
        String modified = text(data);
        String site = text(data);
        String source = text(data);
        String language = text(data);
        String lead = text(data);
        List<Block> body = new ArrayList<>();
        int blocks = data.consumeInt(0, 12);
        for (int i = 0; i < blocks && data.remainingBytes() > 0; i++) {
            body.add(block(data));
        }
        List<Teaser> teasers = new ArrayList<>();
        int count = data.consumeInt(0, 4);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            teasers.add(new Teaser(nonNull(data), nonNull(data), text(data), text(data), text(data)));
        }
        Article article = new Article(url, canonical, type, title, standfirst, authors, published, modified, site,
                source, language, lead, body, teasers);
        // Read last, so inputs saved before the bite existed still mean the same article.
        return data.remainingBytes() > 0 && data.consumeBoolean() ? article.withBite(bite(data), quotes(data)) : article;
    }

    private static Bite bite(FuzzedDataProvider data) {
        return new Bite(strings(data, 3), data.consumeInt(0, 10_000), data.consumeInt(0, 1_000_000), named(data),
                named(data), named(data));
    }

    private static List<Named> named(FuzzedDataProvider data) {
        List<Named> out = new ArrayList<>();
        int count = data.consumeInt(0, 3);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            out.add(new Named(nonNull(data), data.consumeInt(0, 100)));
        }
        return out;
    }

    private static List<dev.newsbite.bite.quotes.Quote> quotes(FuzzedDataProvider data) {
        List<dev.newsbite.bite.quotes.Quote> out = new ArrayList<>();
        int count = data.consumeInt(0, 3);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            out.add(new dev.newsbite.bite.quotes.Quote(text(data), nonNull(data)));
        }
        return out;
    }

    private static Block block(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 6)) {
            case 0 -> paragraph(data);
            case 1 -> new Heading(data.consumeInt(), nonNull(data));
            case 2 -> new ListBlock(data.consumeBoolean(), strings(data, 6));
            case 3 -> new Quote(nonNull(data), text(data));
            case 4 -> {
                List<List<String>> rows = new ArrayList<>();
                int n = data.consumeInt(0, 5);
                for (int r = 0; r < n; r++) {
                    rows.add(strings(data, 5));
                }
                yield new Table(text(data), data.consumeInt(), rows);
            }
            case 5 -> new Figure(strings(data, 3), text(data), text(data), text(data));
            default -> new Embed(nonNull(data), text(data), text(data));
        };
    }

    /** A paragraph with link spans anywhere: overlapping, past the end, empty. */
    private static Paragraph paragraph(FuzzedDataProvider data) {
        String text = nonNull(data);
        List<Link> links = new ArrayList<>();
        int n = data.consumeInt(0, 4);
        for (int i = 0; i < n; i++) {
            int start = data.consumeInt(0, text.length() + 2);
            int end = data.consumeInt(start, start + text.length() + 2);
            links.add(new Link(start, end, nonNull(data)));
        }
        return new Paragraph(text, links);
    }

    private static List<String> strings(FuzzedDataProvider data, int max) {
        List<String> out = new ArrayList<>();
        int n = data.consumeInt(0, max);
        for (int i = 0; i < n; i++) {
            out.add(nonNull(data));
        }
        return out;
    }

    /** A string or null; hostile pieces from the list glued to fuzzed text. */
    private static String text(FuzzedDataProvider data) {
        return data.consumeBoolean() ? null : nonNull(data);
    }

    private static String nonNull(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> data.consumeString(64);
            case 1 -> data.pickValue(HOSTILE);
            case 2 -> data.pickValue(HOSTILE) + data.consumeString(32);
            default -> "https://news.example/" + data.consumeString(32) + data.pickValue(HOSTILE);
        };
    }
}
