package dev.newsbite.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata. Runs on the document as parsed, before any cleaning (JSON-LD lives in
 * script elements that cleaning removes). Stateless and thread-safe.
 *
 * <p>One walk over the page gathers the sources ({@link PageScan}); only the JSON-LD scripts are
 * parsed ({@link JsonLd}). Each field is then resolved on its own, from the most specific source
 * to the most generic: JSON-LD, OpenGraph and other meta tags, microdata, the DOM.
 */
public final class MetadataExtractor {

    private static final String[] PUBLISHED_METAS = {"article:published_time", "parsely-pub-date",
        "og:published_time", "article:published", "article.published", "published_time", "published-date",
        "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
        "dc.date.issued", "dcterms.issued", "dcterms.created", "dcterms.date", "citation_publication_date",
        "citation_date", "originalpublicationdate", "datepublished", "displaydate", "article_date_original"};
    private static final String[] MODIFIED_METAS = {"article:modified_time", "og:updated_time",
        "article:modified", "modified_time", "dc.date.modified", "dcterms.modified", "last-modified",
        "lastmod", "datemodified"};
    private static final String[] DESCRIPTION_METAS = {"dc.description", "dcterms.description", "og:description",
        "description", "twitter:description", "sailthru.description"};
    private static final String[] SOURCE_METAS = {"syndication-source", "original-source", "article:source",
        "dc.source", "dcterms.source"};
    private static final String[] IMAGE_METAS = {"og:image", "og:image:secure_url", "og:image:url",
        "twitter:image", "twitter:image:src", "thumbnailurl"};

    private static final org.jsoup.select.Evaluator MICRODATA_NAME =
            org.jsoup.select.QueryParser.parse("[itemprop~=(?i)^name$]");
    private static final org.jsoup.select.Evaluator MICRODATA_IMAGE_URL =
            org.jsoup.select.QueryParser.parse("[itemprop~=(?i)^(url|contentUrl)$]");

    private static final int RANK_JSONLD_HEADLINE = 0;
    private static final int RANK_DUBLIN_CORE = 1;
    private static final int RANK_OG = 2;
    private static final int RANK_JSONLD_NAME = 3;
    private static final int RANK_TWITTER = 4;
    private static final int RANK_OTHER_META = 5;
    private static final int RANK_MICRODATA = 6;
    private static final int RANK_DOC_TITLE = 7;
    private static final int RANK_H1 = 8;

    public Metadata extract(Document doc) {
        PageScan scan = PageScan.of(doc);
        JsonLdFacts ld = JsonLdFacts.of(JsonLd.read(scan.jsonLdScripts));
        // the document's base URI is the page URL, or what a <base href> set it to: resolve like a browser
        String base = doc.baseUri();

        String siteName = siteName(scan, ld);
        List<String> authors = new ArrayList<>();
        for (String name : Bylines.withoutPublication(authors(scan, ld), siteName)) {
            String n = Bylines.withoutSite(name, siteName);
            if (!n.isEmpty()) {
                authors.add(n);
            }
        }
        // no declared name: the site may still be told by its title's end matching the host or masthead
        // (the copyright line is looked for only then: it costs a walk over the text)
        String titleSite = TitleSite.segment(MetaText.clean(scan.title), doc.location(), scan.mastheads,
                siteName == null ? doc : null);
        String title = title(scan, ld, siteName, titleSite, authors);
        if (siteName == null) {
            siteName = titleSite;
        }
        if (siteName != null && title != null && siteName.equalsIgnoreCase(title)) {
            siteName = null;
        }
        return new Metadata(
                title,
                standfirst(scan, ld, title),
                authors,
                published(scan, ld),
                Dates.normalise(first(ld.modified(), scan.firstMeta(MODIFIED_METAS), scan.firstItemprop("datemodified"))),
                siteName,
                source(scan, ld, siteName),
                language(scan, ld),
                absolute(base, first(scan.links.get("canonical"), scan.firstMeta("og:url"), ld.url())),
                absolute(base, first(scan.firstMeta(IMAGE_METAS), ld.image(), microdataImage(scan.itempropImage),
                        scan.links.get("image_src"), scan.featuredImage)),
                ld.articleBody(),
                declaredType(scan, ld));
    }

    private static String title(PageScan scan, JsonLdFacts ld, String siteName, String titleSite,
            List<String> authors) {
        // what may trail a headline after a separator: the site's name, or the author's ("Headline | Jane Doe")
        List<String> sites = new ArrayList<>(3 + authors.size());
        for (String s : new String[] {siteName, ld.publisherName(), scan.firstMeta("og:site_name"),
            scan.firstMeta("application-name"), titleSite}) {
            if (s != null && !sites.contains(s)) {
                sites.add(s);
            }
        }
        sites.addAll(authors);
        List<Titles.Candidate> candidates = new ArrayList<>();
        add(candidates, ld.headline(), RANK_JSONLD_HEADLINE, sites);
        add(candidates, scan.firstMeta("dc.title", "dcterms.title"), RANK_DUBLIN_CORE, sites);
        add(candidates, scan.firstMeta("og:title"), RANK_OG, sites);
        if (ld.name() != null && !ld.name().equals(ld.headline())) {
            add(candidates, ld.name(), RANK_JSONLD_NAME, sites);
        }
        add(candidates, scan.firstMeta("twitter:title"), RANK_TWITTER, sites);
        add(candidates, scan.firstMeta("parsely-title", "sailthru.title", "title"), RANK_OTHER_META, sites);
        add(candidates, MetaText.clean(scan.firstItemprop("headline")), RANK_MICRODATA, sites);
        String docTitle = Titles.fromDocumentTitle(scan.title, scan.h1s, scan.h2s);
        add(candidates, docTitle, RANK_DOC_TITLE, sites);
        if (scan.h1s.size() == 1) {
            add(candidates, MetaText.clean(scan.h1s.get(0)), RANK_H1, sites);
        }
        return Titles.choose(candidates);
    }

    private static void add(List<Titles.Candidate> into, String text, int rank, List<String> sites) {
        if (text != null) {
            String stripped = Titles.stripSite(text, sites);
            into.add(new Titles.Candidate(stripped, rank));
        }
    }

    private static List<String> authors(PageScan scan, JsonLdFacts ld) {
        List<String> names = new ArrayList<>();
        for (String a : ld.personAuthors()) {
            names.addAll(Bylines.names(a));
        }
        if (names.isEmpty()) {
            for (String key : PageScan.AUTHOR_METAS) {
                for (String v : scan.meta(key)) {
                    names.addAll(Bylines.names(v));
                }
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        if (names.isEmpty()) {
            for (Element el : scan.itempropAuthors) {
                names.addAll(Bylines.names(microdataName(el)));
            }
        }
        if (names.isEmpty()) {
            for (String a : ld.otherAuthors()) {
                names.addAll(Bylines.names(a));
            }
        }
        if (names.isEmpty()) {
            for (String candidate : scan.bylineCandidates) {
                names.addAll(Bylines.names(candidate));
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        return Bylines.merge(names);
    }

    /** An itemprop=author element: its name property, its content, or its text. */
    private static String microdataName(Element el) {
        if (el.hasAttr("content")) {
            return el.attr("content");
        }
        Element name = el.selectFirst(MICRODATA_NAME);
        Element from = name != null ? name : el;
        if (from.hasAttr("content")) {
            return from.attr("content");
        }
        return MetaText.boundedText(from, PageScan.MAX_BYLINE_CHARS);
    }

    /** An itemprop=publisher element: its content, its name property, or (no item of its own) its text. */
    private static String microdataPublisher(Element el) {
        if (el == null) {
            return null;
        }
        if (el.hasAttr("content")) {
            return MetaText.clean(el.attr("content"));
        }
        Element name = el.selectFirst(MICRODATA_NAME);
        if (name != null) {
            return MetaText.clean(name.hasAttr("content") ? name.attr("content")
                    : MetaText.boundedText(name, PageScan.MAX_BYLINE_CHARS));
        }
        if (el.hasAttr("itemscope")) {
            return null; // an organisation without a name: its text is its logo's alt, its address...
        }
        String text = MetaText.clean(MetaText.boundedText(el, PageScan.MAX_BYLINE_CHARS));
        return text == null || text.length() >= PageScan.MAX_BYLINE_CHARS ? null : text;
    }

    /** An itemprop=image element: an img's source, a meta's content, a link's href, or a nested ImageObject's url. */
    private static String microdataImage(Element el) {
        if (el == null) {
            return null;
        }
        String direct = imageUrl(el);
        if (direct != null) {
            return direct;
        }
        Element inner = el.selectFirst(MICRODATA_IMAGE_URL);
        if (inner == null) {
            inner = el.selectFirst("img[src]");
        }
        return inner == null ? null : imageUrl(inner);
    }

    private static String imageUrl(Element el) {
        String url = switch (el.normalName()) {
            case "img", "source" -> el.attr("src");
            case "meta" -> el.attr("content");
            case "a", "link" -> el.attr("href");
            default -> el.attr("content");
        };
        return MetaText.clean(url);
    }

    private static String published(PageScan scan, JsonLdFacts ld) {
        for (String raw : new String[] {ld.published(), scan.firstMeta(PUBLISHED_METAS),
            scan.firstItemprop("datepublished")}) {
            String date = Dates.normalise(raw);
            if (date != null) {
                return date;
            }
        }
        for (String raw : scan.times) {
            String date = Dates.normalise(raw);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static String siteName(PageScan scan, JsonLdFacts ld) {
        String handle = scan.firstMeta("twitter:site");
        if (handle != null) {
            handle = handle.startsWith("@") ? handle.substring(1) : MetaText.isUrl(handle) ? null : handle;
        }
        // the publisher's name before og:site_name, which sometimes carries a tagline
        String name = first(ld.publisherName(), scan.firstMeta("og:site_name"), ld.partOfName(),
                ld.websiteName(), microdataPublisher(scan.itempropPublisher),
                scan.firstMeta("application-name", "al:ios:app_name"), handle);
        return name;
    }

    private static String standfirst(PageScan scan, JsonLdFacts ld, String title) {
        String dek = MetaText.clean(scan.standfirst);
        if (dek != null && (title == null || MetaText.similarity(dek, title) < 0.8)) {
            return dek;
        }
        // the article object's own description is the most specific summary
        return first(ld.description(), scan.firstMeta(DESCRIPTION_METAS),
                MetaText.clean(scan.firstItemprop("description")));
    }

    private static String source(PageScan scan, JsonLdFacts ld, String siteName) {
        String source = ld.sourceName();
        if (source == null) {
            for (String key : SOURCE_METAS) {
                String s = scan.firstMeta(key);
                if (s != null && !MetaText.isUrl(s) && !s.contains("/")) {
                    source = s;
                    break;
                }
            }
        }
        if (source != null && siteName != null && source.equalsIgnoreCase(siteName)) {
            return null;
        }
        return source;
    }

    private static String language(PageScan scan, JsonLdFacts ld) {
        for (String raw : new String[] {scan.htmlLang, scan.firstMeta("content-language"),
            scan.firstMeta("og:locale"), ld.language(), scan.firstItemprop("inlanguage"), scan.firstMeta("inlanguage"),
            scan.firstMeta("language", "dc.language", "dcterms.language")}) {
            String tag = Languages.normalise(raw);
            if (tag != null) {
                return tag;
            }
        }
        return null;
    }

    private static String declaredType(PageScan scan, JsonLdFacts ld) {
        if (ld.declaredType() != null) {
            return ld.declaredType();
        }
        String og = scan.firstMeta("og:type");
        return og != null && og.toLowerCase(Locale.ROOT).startsWith("article") ? "article" : null;
    }

    private static String absolute(String base, String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        if (u.isEmpty() || u.startsWith("data:") || u.startsWith("javascript:")) {
            return null;
        }
        if (base == null || base.isEmpty() || u.startsWith("https://") || u.startsWith("http://")) {
            return u;
        }
        String resolved = StringUtil.resolve(base, u);
        return resolved.isEmpty() ? u : resolved;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
