package dev.newsbite.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.newsbite.ExtractionException;
import dev.newsbite.Extractor;
import dev.newsbite.fetch.FetchResult;
import dev.newsbite.model.Article;
import dev.newsbite.model.ArticleDates;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Teaser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Reads a fetched page as the source of a feed: an RSS or Atom feed (by Rome, DOCTYPEs refused so
 * no entity tricks), or else an HTML section or front page (by core's listing extractor). Anything
 * else is a {@link FeedException} saying what it was. Thread-safe.
 */
public final class SourceReader {
    /** The root element of RSS 0.9x/2.0, Atom and RSS 1.0 (RDF), near the top of the bytes. */
    private static final Pattern FEED_ROOT = Pattern.compile("<(?:rss|feed|(?:[A-Za-z0-9_-]{1,20}:)?RDF)[\\s>/]");
    private static final Pattern HTML_ROOT = Pattern.compile("<html[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_CHARS = 4_096;
    /** A feed's summary is a line or two; longer ones are cut. */
    private static final int MAX_SUMMARY_CHARS = 1_000;

    private final Extractor extractor;
    private final int maxItems;

    /**
     * @param maxItems stories taken from a source at most (its first ones)
     */
    public SourceReader(Extractor extractor, int maxItems) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be positive: " + maxItems);
        }
        this.maxItems = maxItems;
    }

    public SourcePage read(FetchResult page) throws FeedException {
        return looksLikeFeed(page.body()) ? readFeed(page) : readListing(page);
    }

    static boolean looksLikeFeed(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, SNIFF_CHARS), StandardCharsets.ISO_8859_1);
        var feed = FEED_ROOT.matcher(head);
        if (!feed.find()) {
            return false;
        }
        var html = HTML_ROOT.matcher(head);
        return !html.find() || html.start() > feed.start();
    }

    private SourcePage readFeed(FetchResult page) throws FeedException {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(page.body()), page.contentType(), true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (IOException | com.rometools.rome.io.FeedException | IllegalArgumentException e) {
            throw new FeedException(FeedException.Kind.BROKEN_FEED,
                    "not a readable RSS or Atom feed (" + Texts.oneLine(e.getMessage()) + "): " + page.url());
        }
        String type = feed.getFeedType() == null ? "" : feed.getFeedType().toLowerCase(Locale.ROOT);
        SourcePage.Kind kind = type.startsWith("atom") ? SourcePage.Kind.ATOM : SourcePage.Kind.RSS;
        URI base = page.url();
        List<SourceItem> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (SyndEntry entry : feed.getEntries()) {
            if (items.size() >= maxItems) {
                break;
            }
            String url = entryUrl(entry, base);
            if (url == null || !seen.add(url)) {
                continue;
            }
            items.add(new SourceItem(url, Texts.oneLine(entry.getTitle()), summary(entry), authors(entry),
                    instant(entry.getPublishedDate()), instant(entry.getUpdatedDate())));
        }
        String home = httpUrl(feed.getLink(), base);
        return new SourcePage(base, home != null ? home : base.toASCIIString(), kind, Texts.oneLine(feed.getTitle()), Texts.oneLine(feed.getDescription()),
                null, instant(feed.getPublishedDate()), items);
    }

    private SourcePage readListing(FetchResult page) throws FeedException {
        Article article;
        try {
            article = extractor.extract(page.body(), page.url().toString(), page.contentType()).article();
        } catch (ExtractionException e) {
            throw new FeedException(FeedException.Kind.NOT_A_FEED_SOURCE, e.getMessage() + ": " + page.url());
        }
        if (article.pageType() != PageType.LISTING || article.teasers().isEmpty()) {
            String what = article.pageType() == PageType.ARTICLE ? "an article" : "not a list of stories";
            throw new FeedException(FeedException.Kind.NOT_A_FEED_SOURCE, "neither a section page nor a feed ("
                    + what + "): " + page.url());
        }
        List<SourceItem> items = new ArrayList<>();
        for (Teaser t : article.teasers()) {
            if (items.size() >= maxItems) {
                break;
            }
            String url = httpUrl(t.url(), page.url());
            if (url != null) {
                items.add(new SourceItem(url, Texts.oneLine(t.headline()), Texts.oneLine(t.standfirst()),
                        t.byline() == null ? List.of() : List.of(t.byline()), null, null));
            }
        }
        Instant updated = ArticleDates.parse(article.modified() != null ? article.modified() : article.published());
        return new SourcePage(page.url(), page.url().toASCIIString(), SourcePage.Kind.LISTING,
                Texts.oneLine(article.title()),
                Texts.oneLine(article.standfirst()), Texts.oneLine(article.siteName()), updated, items);
    }

    /** The entry's own page: its alternate link, else its link, else a permalink guid; absolute http(s). */
    private static String entryUrl(SyndEntry entry, URI base) {
        for (SyndLink link : entry.getLinks()) {
            String rel = link.getRel();
            if (rel == null || rel.isEmpty() || rel.equals("alternate")) {
                String url = httpUrl(link.getHref(), base);
                if (url != null) {
                    return url;
                }
            }
        }
        String url = httpUrl(entry.getLink(), base);
        return url != null ? url : httpUrl(entry.getUri(), base);
    }

    private static String summary(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        if (description == null || description.getValue() == null) {
            return null;
        }
        String value = description.getValue();
        String type = description.getType() == null ? "" : description.getType().toLowerCase(Locale.ROOT);
        // RSS descriptions are HTML more often than not; Atom says so with type="html".
        String text = type.equals("text") || type.equals("text/plain") ? value : Jsoup.parse(value).text();
        return Texts.cut(Texts.oneLine(text), MAX_SUMMARY_CHARS);
    }

    private static List<String> authors(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        for (SyndPerson p : entry.getAuthors()) {
            String name = Texts.oneLine(p.getName());
            if (name != null) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            String author = Texts.oneLine(entry.getAuthor());
            if (author != null) {
                names.add(author);
            }
        }
        return names;
    }

    /** {@code href} resolved against {@code base} when it is an http(s) URL with a host; else null. */
    static String httpUrl(String href, URI base) {
        if (href == null || href.isBlank() || href.length() > 4_096) {
            return null;
        }
        try {
            URI uri = base.resolve(new URI(href.strip().replace(" ", "%20")));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return null;
            }
            // The fragment names a place in the page, not another page.
            return new URI(uri.getScheme(), uri.getRawAuthority() == null ? null : uri.getAuthority(), uri.getPath(),
                    uri.getQuery(), null).toASCIIString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
