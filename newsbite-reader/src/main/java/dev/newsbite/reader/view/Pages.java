package dev.newsbite.reader.view;

import dev.newsbite.model.Article;
import dev.newsbite.model.Block;
import dev.newsbite.model.PageType;
import dev.newsbite.reader.address.ReaderAddress;
import dev.newsbite.reader.store.RecentRead;
import dev.newsbite.reader.view.PageModels.ArticlePage;
import dev.newsbite.reader.view.PageModels.ErrorPage;
import dev.newsbite.reader.view.PageModels.HomePage;
import dev.newsbite.reader.view.PageModels.OutLink;
import dev.newsbite.reader.view.PageModels.RecentLink;
import dev.newsbite.render.Format;
import dev.newsbite.render.HtmlRenderer;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The reader's HTML pages: an article (or a listing page's teasers), the home page and the error
 * pages. Templates live in {@code src/main/jte} and are compiled at build time; they escape every
 * value by context. The one piece of markup they print as it is, the article itself, comes from the
 * core {@link HtmlRenderer}, which builds it with jsoup's DOM and passes it through an allowlist
 * cleaner.
 *
 * <p>Every page is a complete HTML5 document with no JavaScript at all and its styles inline, so it
 * works under {@link #CONTENT_SECURITY_POLICY}. Build one and share it: immutable and thread-safe.
 */
public final class Pages {
    /**
     * The Content-Security-Policy the server must send with every page: no scripts, no frames,
     * images from anywhere (they load straight from the origin), inline styles only, forms to the
     * reader itself.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src http: https: data:; "
            + "style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /**
     * The same policy as the pages repeat it in a {@code <meta>} element, so a saved page is as
     * locked down; {@code frame-ancestors} is left out because browsers ignore it there.
     */
    public static final String META_CONTENT_SECURITY_POLICY = "default-src 'none'; img-src http: https: data:; "
            + "style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'";

    private static final DateTimeFormatter HUMAN_TIME =
            DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;
    /** Whitespace runs and control characters, as found in page text, become one space. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cc}]+");
    /** Page text is hostile: no title, notice or address line is allowed to fill the screen. */
    private static final int MAX_LINE_CHARS = 300;
    private static final int MAX_ADDRESS_CHARS = 2_000;
    private static final Pattern WEB_PREFIX = Pattern.compile("^(?i)https?://(?:www\\.)?");
    /** A common figure for attentive reading of news prose. */
    private static final int WORDS_PER_MINUTE = 230;
    private static final Pattern KIND = Pattern.compile("[^a-z0-9-]+");

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    /** Links to other news pages become reader paths; the page footer links the original itself. */
    private final HtmlRenderer fragments = new HtmlRenderer(ReaderLinks::hrefFor).withoutOriginalLink();

    /** The reader page for an article, or the teaser list of a listing page. */
    public String article(ArticleView v) {
        Article a = v.article();
        String fetched = ISO.format(v.fetchedAt());
        String[] formats = formatPaths(v.original());
        boolean listing = a.pageType() == PageType.LISTING || !a.teasers().isEmpty();
        ArticlePage page = new ArticlePage(
                pageTitle(a, listing),
                fragments.renderFragment(a),
                a.body().isEmpty() && a.teasers().isEmpty(),
                listing,
                line(v.notice()),
                outLink(v.original().toString()),
                formats[0], formats[1], formats[2],
                fetched,
                HUMAN_TIME.format(v.fetchedAt()),
                listing ? 0 : readingMinutes(a),
                listing ? null : BiteBoxes.of(a),
                listing ? List.of() : OutletLinks.of(v.alsoPublishedBy()));
        return render("article.jte", page);
    }

    /** The home page: the address box (refilled, with the problem, when a read failed) and the recent reads. */
    public String home(HomeView v) {
        List<RecentLink> recent = new ArrayList<>(v.recent().size());
        for (RecentRead r : v.recent()) {
            String href = ReaderAddress.pathFor(r.url()).orElse(null);
            if (href == null) {
                continue;
            }
            String title = line(r.title());
            String site = line(r.siteName());
            if (site == null) {
                site = hostOf(r.url());
            }
            recent.add(new RecentLink(href, title != null ? title : shortened(r.url()), site,
                    ISO.format(r.fetchedAt()), HUMAN_TIME.format(r.fetchedAt())));
        }
        return render("home.jte", new HomePage(address(v.typed()), line(v.problem()), recent));
    }

    /** An error page, with the Original URL when it is known and a way back home. */
    public String error(ErrorView v) {
        OutLink original = v.originalUrl() == null || v.originalUrl().isBlank() ? null : outLink(v.originalUrl());
        // An address that cannot be linked is most likely mistyped: give it back to be corrected.
        String typed = original != null && original.href() == null ? original.text() : null;
        String kind = KIND.matcher(v.kind().toLowerCase(Locale.ROOT)).replaceAll("-");
        String heading = line(v.heading());
        return render("error.jte", new ErrorPage(v.status(), kind, heading != null ? heading : "Something went wrong",
                line(v.detail()), original, typed));
    }

    private String render(String template, Object page) {
        StringOutput out = new StringOutput(16_384);
        templates.render(template, page, out);
        return out.toString();
    }

    /** The headline; a section's name with its site's ("World · Example News"); else the site's name. */
    private static String pageTitle(Article a, boolean listing) {
        String title = line(a.title());
        String site = line(a.siteName());
        if (title != null) {
            return listing && site != null && !title.contains(site) ? title + " · " + site : title;
        }
        return site != null ? site + " · NewsBite" : "NewsBite";
    }

    /**
     * Minutes to read the body at an unhurried pace, rounded up; 0 for a page with no running text.
     * The bite's figure when the article has one (it counts Chinese and Japanese by characters).
     */
    static int readingMinutes(Article a) {
        if (a.bite() != null) {
            return a.bite().readingMinutes();
        }
        long words = 0;
        for (Block block : a.body()) {
            String text = block.text();
            boolean inWord = false;
            for (int i = 0; text != null && i < text.length(); i++) {
                boolean letter = !Character.isWhitespace(text.charAt(i));
                if (letter && !inWord) {
                    words++;
                }
                inWord = letter;
            }
        }
        return words == 0 ? 0 : (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    /** The reader paths of the original as text, Markdown and JSON, or nulls when it has no reader path. */
    private static String[] formatPaths(URI original) {
        if (ReaderAddress.pathFor(original.toString()).isEmpty()) {
            return new String[3];
        }
        return new String[] {
            ReaderAddress.pathFor(original, Format.TEXT),
            ReaderAddress.pathFor(original, Format.MARKDOWN),
            ReaderAddress.pathFor(original, Format.JSON)
        };
    }

    /**
     * An address to show, linked only when it is a whole http(s) URL with a host (never
     * {@code javascript:}, never one cut short for showing).
     */
    private static OutLink outLink(String url) {
        String text = address(url);
        boolean web = text != null && text.length() == url.strip().length() && ReaderAddress.pathFor(text).isPresent();
        return new OutLink(web ? text : null, text == null ? "" : text);
    }

    /** Page or user text on one line, bounded; null when blank. */
    static String line(String text) {
        if (text == null) {
            return null;
        }
        String s = SPACES.matcher(text).replaceAll(" ").strip();
        if (s.isEmpty()) {
            return null;
        }
        return s.length() <= MAX_LINE_CHARS ? s : s.substring(0, MAX_LINE_CHARS - 1).stripTrailing() + "…";
    }

    /** An address as typed or stored: stripped, bounded (a longer one is not shown, not cut), null when blank. */
    private static String address(String url) {
        if (url == null) {
            return null;
        }
        String s = url.strip();
        if (s.isEmpty()) {
            return null;
        }
        return s.length() <= MAX_ADDRESS_CHARS ? s : s.substring(0, MAX_ADDRESS_CHARS);
    }

    private static String shortened(String url) {
        return line(WEB_PREFIX.matcher(url).replaceFirst(""));
    }

    /** The host of {@code url} without "www.", or null when it has none. */
    static String hostOf(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
