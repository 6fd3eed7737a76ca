package dev.newsbite;

import dev.newsbite.bite.BiteMaker;
import dev.newsbite.bite.PeopleAndQuotes;
import dev.newsbite.content.Content;
import dev.newsbite.content.ContentExtractor;
import dev.newsbite.internal.Deadline;
import dev.newsbite.listing.ListingExtractor;
import dev.newsbite.listing.ListingMetadata;
import dev.newsbite.listing.PageClassifier;
import dev.newsbite.meta.Metadata;
import dev.newsbite.meta.MetadataExtractor;
import dev.newsbite.meta.SiteRuleMetadata;
import dev.newsbite.rules.SiteRule;
import dev.newsbite.rules.SiteRules;
import dev.newsbite.model.Article;
import dev.newsbite.model.Block;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Paragraph;
import dev.newsbite.model.Teaser;
import dev.newsbite.text.DecodedHtml;
import dev.newsbite.text.DecodingReader;
import dev.newsbite.text.HtmlDecoder;
import dev.newsbite.text.PageEncoding;
import dev.newsbite.text.SingleByteCharsets;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns one page's HTML into an {@link Article}. Immutable and thread-safe: build one and share it
 * between threads.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.create();
 * Extraction result = extractor.extract(bytes, "https://example.com/news/story", null);
 * String title = result.article().title();
 * }</pre>
 *
 * <p>The pipeline: decode the bytes (BOM, HTTP header, meta, UTF-8 check), cap the size, parse,
 * read the metadata and the teasers from the page as parsed, then clean a copy and find the body;
 * last, for an article page, its bite (summary, reading time, who and where, quotes) unless the
 * options turn it off.
 */
public final class Extractor {
    /** In the first bytes, a share of control bytes above this means the input is not text. */
    private static final double MAX_CONTROL_BYTE_SHARE = 0.10;
    private static final int SNIFF_BYTES = 4096;
    /** Bounds of the paragraphs-only rescue when the time budget runs out. */
    private static final int FALLBACK_MAX_PARAGRAPHS = 2_000;
    private static final int FALLBACK_MAX_CHARS = 1_000_000;

    private final ExtractOptions options;
    private final MetadataExtractor metadataExtractor = new MetadataExtractor();
    private final ListingExtractor listingExtractor = new ListingExtractor();
    private final ContentExtractor contentExtractor = new ContentExtractor();
    private final PageClassifier classifier = new PageClassifier();
    private final BiteMaker biteMaker;

    private Extractor(ExtractOptions options, BiteMaker biteMaker) {
        this.options = Objects.requireNonNull(options, "options");
        this.biteMaker = biteMaker;
    }

    public static Extractor create() {
        return create(ExtractOptions.defaults());
    }

    public static Extractor create(ExtractOptions options) {
        // With the bite off the finders are never asked: don't load their word lists.
        return create(options, options.bite() ? PeopleAndQuotes.standard() : PeopleAndQuotes.none());
    }

    /**
     * An extractor whose bites name people, places and quotes with {@code finder} (which must be
     * thread-safe) instead of the default finders.
     */
    public static Extractor create(ExtractOptions options, PeopleAndQuotes finder) {
        return new Extractor(options, new BiteMaker(finder));
    }

    public ExtractOptions options() {
        return options;
    }

    /**
     * Extracts from page bytes.
     *
     * @param url the page's address (for resolving links), or null
     * @param contentType the HTTP Content-Type header when known, else null
     * @throws ExtractionException when the bytes are empty or not HTML
     */
    public Extraction extract(byte[] bytes, String url, String contentType) throws ExtractionException {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new ExtractionException(ExtractionException.Reason.EMPTY, "empty input: no bytes to read");
        }
        if (looksBinary(bytes)) {
            throw new ExtractionException(ExtractionException.Reason.NOT_HTML,
                    "not HTML: the input is binary data");
        }
        PageEncoding encoding = HtmlDecoder.encodingOf(bytes, contentType);
        if (!streamable(bytes, encoding)) {
            return extractDecoded(HtmlDecoder.decodeAs(bytes, encoding), url);
        }
        Deadline deadline = Deadline.in(options.timeBudgetMillis());
        DecodingReader reader = new DecodingReader(bytes, encoding, options.maxInputChars());
        Document doc = Parser.htmlParser().parseInput(reader, url == null ? "" : url);
        List<Problem> problems = new ArrayList<>();
        if (reader.truncated()) {
            problems.add(truncation(reader.totalChars()));
        }
        Extraction extraction = extractFrom(doc, url, deadline, problems);
        return reader.malformed() ? withCharsetProblem(extraction, encoding.charset()) : extraction;
    }

    private Extraction extractDecoded(DecodedHtml decoded, String url) throws ExtractionException {
        Extraction extraction = extract(decoded.html(), url);
        return decoded.malformed() ? withCharsetProblem(extraction, decoded.charset()) : extraction;
    }

    private static Extraction withCharsetProblem(Extraction extraction, Charset charset) {
        List<Problem> problems = new ArrayList<>(extraction.problems());
        problems.add(0, new Problem("charset", "some bytes were not valid " + charset.name()
                + " and were replaced with U+FFFD"));
        return new Extraction(extraction.article(), problems);
    }

    /**
     * Whether the page can be parsed as it decodes. It can when its charset is UTF-8 or one byte a
     * character and some ASCII byte is not white space, so the page is surely not blank; the rare
     * rest (UTF-16, multi-byte legacy charsets, blank pages) is decoded to a string first.
     */
    private static boolean streamable(byte[] bytes, PageEncoding encoding) {
        if (!encoding.charset().equals(StandardCharsets.UTF_8) && !SingleByteCharsets.is(encoding.charset())) {
            return false;
        }
        for (int i = encoding.offset(); i < bytes.length; i++) {
            byte b = bytes[i];
            if (b > ' ' || b >= 0 && b < 0x09 || b > 0x0D && b < 0x1C) {
                return true;
            }
        }
        return false;
    }

    /**
     * Extracts from page text.
     *
     * @param url the page's address (for resolving links), or null
     * @throws ExtractionException when the text is empty
     */
    public Extraction extract(String html, String url) throws ExtractionException {
        Objects.requireNonNull(html, "html");
        if (html.isBlank()) {
            throw new ExtractionException(ExtractionException.Reason.EMPTY, "empty input: the page has no text");
        }
        Deadline deadline = Deadline.in(options.timeBudgetMillis());
        List<Problem> problems = new ArrayList<>();
        if (html.length() > options.maxInputChars()) {
            problems.add(truncation(html.length()));
            html = html.substring(0, options.maxInputChars());
        }
        return extractFrom(Jsoup.parse(html, url == null ? "" : url), url, deadline, problems);
    }

    private Problem truncation(long totalChars) {
        return new Problem("truncated", "page cut to its first " + options.maxInputChars()
                + " characters of " + totalChars);
    }

    /** Everything after parsing: metadata, teasers, body, page type, and the bite. */
    private Extraction extractFrom(Document doc, String url, Deadline deadline, List<Problem> problems) {
        Metadata meta = metadataExtractor.extract(doc);
        Optional<SiteRule> rule = SiteRules.forUrl(url);
        if (rule.isPresent()) {
            meta = SiteRuleMetadata.apply(rule.get(), doc, meta);
        }
        List<Teaser> teasers = listingExtractor.extract(doc);
        Content content = contentExtractor.extract(doc, meta, deadline);
        if (content.truncated() || deadline.expired()) {
            problems.add(new Problem("time-budget", "time budget of " + options.timeBudgetMillis()
                    + " ms ran out; the article may be partial"));
        }
        List<Block> body = content.body();
        if (body.isEmpty() && deadline.expired()) {
            body = paragraphsOnly(doc);
        }
        String bodyText = Article.bodyText(body);
        PageType type = classifier.classify(meta, bodyText, teasers);
        if (type == PageType.LISTING) {
            meta = ListingMetadata.of(meta, doc, teasers);
        }
        Article article = new Article(
                url != null ? url : meta.canonicalUrl(),
                meta.canonicalUrl(),
                type,
                meta.title(),
                meta.standfirst(),
                meta.authors(),
                meta.published(),
                meta.modified(),
                meta.siteName(),
                content.source() != null ? content.source() : meta.source(),
                meta.language(),
                meta.leadImage(),
                body,
                type == PageType.LISTING ? teasers : List.of());
        if (options.bite() && type == PageType.ARTICLE) {
            article = biteMaker.addTo(article);
        }
        return new Extraction(article, problems);
    }

    /**
     * The page's paragraphs as they stand, for a page whose time budget ran out before the body was
     * found: a partial article beats none. Bounded, so it cannot run long itself.
     */
    private static List<Block> paragraphsOnly(Document doc) {
        List<Block> blocks = new ArrayList<>();
        int chars = 0;
        for (Element p : doc.getElementsByTag("p")) {
            String text = p.text().strip();
            if (!text.isEmpty()) {
                blocks.add(new Paragraph(text));
                chars += text.length();
            }
            if (blocks.size() >= FALLBACK_MAX_PARAGRAPHS || chars >= FALLBACK_MAX_CHARS) {
                break;
            }
        }
        return blocks;
    }

    private static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return false; // UTF-16 with a byte-order mark: its NULs are text
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                // UTF-16 without a byte-order mark has NULs too, but browsers do not read it either.
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                control++;
            }
        }
        return control > n * MAX_CONTROL_BYTE_SHARE;
    }
}
