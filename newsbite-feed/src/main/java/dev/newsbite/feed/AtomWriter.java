package dev.newsbite.feed;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.WireFeedOutput;
import dev.newsbite.model.Article;
import dev.newsbite.model.ArticleDates;
import dev.newsbite.render.HtmlRenderer;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a {@link FeedState} as an Atom 1.0 document with Rome. Each entry carries the whole
 * article as {@code type="html"} content: core's {@link HtmlRenderer} fragment, built escaped and
 * passed through its allowlist cleaner, so no script or handler from a page reaches a feed reader.
 * Every text from a page is put on one line and cleared of characters XML cannot hold.
 * Immutable and thread-safe.
 */
public final class AtomWriter {
    public static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
    static final String FEED_TYPE = "atom_1.0";
    private static final String ATOM_TYPE = "application/atom+xml";

    private static final HtmlRenderer RENDERER = new HtmlRenderer();

    private final Function<String, String> readerUrl;

    /**
     * @param readerUrl the absolute NewsBite reader address of an original URL (each entry's
     *     {@code related} link), or null for none. Links inside the content point where the page
     *     points: a feed reader opens them itself, and not every link is a page a reader can read
     */
    public AtomWriter(Function<String, String> readerUrl) {
        this.readerUrl = readerUrl;
    }

    /**
     * The feed as Atom XML.
     *
     * @param self the feed's own address (its {@code self} link), or null
     */
    public String write(FeedState state, String self) {
        SourcePage page = state.page();
        Feed feed = new Feed(FEED_TYPE);
        feed.setEncoding("utf-8");
        feed.setId(Texts.xml(page.url().toASCIIString()));
        String host = page.url().getHost();
        feed.setTitle(firstOf(page.title(), page.siteName(), host));
        if (page.subtitle() != null) {
            feed.setSubtitle(text(page.subtitle()));
        }
        List<Link> links = new ArrayList<>();
        links.add(link("alternate", "text/html", page.home(), null));
        if (page.kind() != SourcePage.Kind.LISTING) {
            // The partial feed this one was made from.
            links.add(link("via", page.kind() == SourcePage.Kind.ATOM ? ATOM_TYPE : "application/rss+xml",
                    page.url().toASCIIString(), null));
        }
        if (self != null) {
            links.add(link("self", ATOM_TYPE, self, null));
        }
        feed.setAlternateLinks(List.of(links.get(0)));
        feed.setOtherLinks(links.subList(1, links.size()));
        // Atom wants an author for a feed whose entries may lack one: the publication.
        feed.setAuthors(List.of(person(firstOf(page.siteName(), host, "NewsBite"))));
        Generator generator = new Generator();
        generator.setValue("NewsBite");
        feed.setGenerator(generator);

        List<Entry> entries = new ArrayList<>();
        Instant newest = null;
        for (SourceItem item : state.itemsWithArticles()) {
            FeedArticle held = state.articles().get(item.url());
            Entry entry = entry(item, held);
            entries.add(entry);
            Instant updated = entry.getUpdated().toInstant();
            if (newest == null || updated.isAfter(newest)) {
                newest = updated;
            }
        }
        feed.setEntries(entries);
        Instant updated = page.updated() != null ? page.updated() : newest != null ? newest : state.checkedAt();
        feed.setUpdated(Date.from(updated));
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (com.rometools.rome.io.FeedException e) {
            // Everything set above is what Atom asks for; a failure here is a bug, not bad input.
            throw new IllegalStateException("cannot write the Atom feed: " + e.getMessage(), e);
        }
    }

    private Entry entry(SourceItem item, FeedArticle held) {
        Article article = held.article();
        Entry entry = new Entry();
        entry.setId(Texts.xml(item.url()));
        entry.setTitle(firstOf(Texts.oneLine(article.title()), item.title(), item.url()));
        String original = original(article, item);
        entry.setAlternateLinks(List.of(link("alternate", "text/html", original, null)));
        String reader = readerUrl == null ? null : readerUrl.apply(original);
        if (reader != null) {
            entry.setOtherLinks(List.of(link("related", "text/html", reader, "Read in NewsBite")));
        }
        List<SyndPerson> authors = new ArrayList<>();
        for (String name : article.authors().isEmpty() ? item.authors() : article.authors()) {
            String clean = Texts.oneLine(name);
            if (clean != null) {
                authors.add(person(clean));
            }
        }
        entry.setAuthors(authors);
        Instant published = firstOf(ArticleDates.parse(article.published()), item.published());
        Instant updated = firstOf(ArticleDates.parse(article.modified()), item.updated(), published, held.firstSeen());
        if (published != null) {
            entry.setPublished(Date.from(published));
        }
        entry.setUpdated(Date.from(updated));
        String summary = firstOf(Texts.oneLine(article.standfirst()), item.summary());
        if (summary != null) {
            entry.setSummary(text(summary));
        }
        Content content = new Content();
        content.setType(Content.HTML);
        content.setValue(Texts.xml(RENDERER.renderFragment(article)));
        entry.setContents(List.of(content));
        return entry;
    }

    /** Where the story is: the article's own address when it is http(s), else the item's. */
    private static String original(Article article, SourceItem item) {
        String url = article.url() == null ? null : SourceReader.httpUrl(article.url(), URI.create(item.url()));
        return url != null ? url : item.url();
    }

    private static Link link(String rel, String type, String href, String title) {
        Link link = new Link();
        link.setRel(rel);
        if (type != null) {
            link.setType(type);
        }
        link.setHref(Texts.xml(href));
        if (title != null) {
            link.setTitle(title);
        }
        return link;
    }

    private static Person person(String name) {
        Person p = new Person();
        p.setName(name);
        return p;
    }

    private static Content text(String value) {
        Content c = new Content();
        c.setType(Content.TEXT);
        c.setValue(value);
        return c;
    }

    @SafeVarargs
    private static <T> T firstOf(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
