package dev.newsbite.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One walk over the page that gathers everything the metadata resolvers read: meta tags (by
 * name, property, itemprop and http-equiv), links, JSON-LD scripts, the title, headings,
 * microdata, byline and standfirst candidates, time elements. Reading it all in one pass keeps
 * the metadata step cheap however many sources a field has.
 */
final class PageScan {
    private static final int MAX_HEADINGS = 30;
    private static final int MAX_BYLINE_CANDIDATES = 6;
    /** Hinted elements looked at for a byline at most: bounds the work on hostile pages. */
    private static final int MAX_BYLINE_CHECKS = 40;
    private static final int MAX_TIMES = 5;
    private static final int MAX_MASTHEADS = 3;
    private static final int MAX_SCRIPTS = 30;
    /** Readability's limit: a byline is shorter than this. */
    static final int MAX_BYLINE_CHARS = 100;
    static final int MAX_HEADING_CHARS = 400;
    /** A dek sits close under the headline: within this many elements of it. */
    private static final int STANDFIRST_REACH = 40;
    private static final int MIN_STANDFIRST_CHARS = 30;
    private static final int MAX_STANDFIRST_CHARS = 600;

    /** Meta names that carry a person's name (article:author is often a profile URL: dropped then). */
    static final String[] AUTHOR_METAS = {"dc.creator", "dcterms.creator", "author", "article:author",
        "parsely-author", "sailthru.author", "byl", "citation_author", "og:article:author", "article:author_name",
        "dc.contributor"};

    /**
     * meta values by key (the lower-cased name, property, itemprop or http-equiv, with Dublin Core's
     * "dc:" written "dc."); all values, those given by property first, then page order.
     */
    private final Map<String, List<String>> metas = new HashMap<>();
    private final Map<String, Integer> propertyValues = new HashMap<>();
    /** link hrefs as written, by lower-cased rel (canonical, image_src), first only. */
    final Map<String, String> links = new HashMap<>();
    final List<String> jsonLdScripts = new ArrayList<>();
    String title;
    String htmlLang;
    final List<String> h1s = new ArrayList<>();
    /** Read only for colon titles: their texts are taken when first asked for. */
    final HeadingTexts h2s = new HeadingTexts(MAX_HEADING_CHARS);
    /** Microdata values by itemprop (non-meta elements; meta itemprops are in {@link #metas}). */
    final Map<String, List<String>> itemprops = new HashMap<>();
    final List<Element> itempropAuthors = new ArrayList<>();
    /** The first itemprop=publisher and itemprop=image elements: read only when no other source names them. */
    Element itempropPublisher;
    Element itempropImage;
    final List<String> bylineCandidates = new ArrayList<>();
    /** The story's featured image as the page writes it (maybe relative): the fallback lead image. */
    String featuredImage;
    final List<String> times = new ArrayList<>();
    /** What the links to the home page say (their text, or their logo's alt): the site's name, often. */
    final List<String> mastheads = new ArrayList<>(1);
    String standfirst;

    private PageScan() {
    }

    static PageScan of(Document doc) {
        PageScan scan = new PageScan();
        scan.new Visitor().walk(doc);
        return scan;
    }

    static String canonicalKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.startsWith("dc:") || k.startsWith("dcterm:") || k.startsWith("dcterms:") || k.startsWith("dcterm.")) {
            int cut = k.indexOf(k.startsWith("dcterm.") ? '.' : ':');
            String prefix = k.startsWith("dc:") ? "dc." : "dcterms.";
            k = prefix + k.substring(cut + 1);
        }
        return k;
    }

    List<String> meta(String key) {
        return metas.getOrDefault(key, List.of());
    }

    String firstMeta(String... keys) {
        for (String key : keys) {
            for (String v : meta(key)) {
                String s = MetaText.clean(v);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    String firstItemprop(String key) {
        List<String> values = itemprops.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Visits the page's elements only (text nodes say nothing here), in document order, without recursion. */
    private final class Visitor {
        /** Elements seen since the first h1, or -1 before it. */
        private int sinceH1 = -1;
        /** The standfirst element found so far; a match inside it replaces it, one after it does not. */
        private Element standfirstEl;
        private boolean standfirstDone;
        private int bylineChecks;
        /** Whether a paragraph came after the h1: a plain figure after it is no longer the lead. */
        private boolean paragraphAfterH1;
        /** Cleared at the body when the head's metas already name the authors: the DOM is not needed then. */
        private boolean wantDomByline = true;

        void walk(Element root) {
            if (!head(root)) {
                tail(root);
                return;
            }
            // an explicit stack of open elements and, for each, the index of its next child to look at
            Element[] open = new Element[64];
            int[] next = new int[64];
            int top = 0;
            open[0] = root;
            while (top >= 0) {
                Element parent = open[top];
                int i = next[top];
                int size = parent.childNodeSize();
                Element child = null;
                while (i < size) {
                    if (parent.childNode(i++) instanceof Element e) {
                        child = e;
                        break;
                    }
                }
                next[top] = i;
                if (child == null) {
                    tail(parent);
                    top--;
                } else if (head(child) && child.childNodeSize() > 0) {
                    if (++top == open.length) {
                        open = java.util.Arrays.copyOf(open, top * 2);
                        next = java.util.Arrays.copyOf(next, top * 2);
                    }
                    open[top] = child;
                    next[top] = 0;
                } else {
                    tail(child);
                }
            }
        }

        /** Reads the element; false when its subtree holds nothing to read (an icon's drawing, a long option list). */
        private boolean head(Element el) {
            if (sinceH1 >= 0) {
                sinceH1++;
            }
            String tag = el.normalName();
            switch (tag) {
                case "html" -> htmlLang = el.attr("lang");
                case "body" -> wantDomByline = !headNamesAuthors();
                case "meta" -> {
                    meta(el);
                    return true;
                }
                case "link" -> {
                    link(el);
                    return true;
                }
                case "script" -> {
                    script(el);
                    return true;
                }
                case "title" -> {
                    if (title == null) {
                        title = el.text();
                    }
                }
                case "svg", "math", "select" -> {
                    return false;
                }
                case "h1" -> {
                    heading(el, h1s);
                    if (sinceH1 < 0) {
                        sinceH1 = 0;
                    }
                }
                case "h2" -> {
                    if (h2s.elementCount() < MAX_HEADINGS) {
                        h2s.add(el);
                    }
                }
                case "a" -> {
                    if (mastheads.size() < MAX_MASTHEADS && el.attributesSize() > 0) {
                        homeLink(el);
                    }
                }
                case "p" -> paragraphAfterH1 |= sinceH1 >= 0;
                case "img" -> {
                    if (featuredImage == null) {
                        featuredImage = FeaturedImages.source(el, sinceH1 >= 0 && !paragraphAfterH1);
                    }
                }
                case "time" -> {
                    if (times.size() < MAX_TIMES && el.hasAttr("datetime")) {
                        times.add(el.attr("datetime"));
                    }
                }
                default -> {
                }
            }
            // most elements carry no attributes, and so no hints (attributes() would create them)
            if (el.attributesSize() == 0) {
                return true;
            }
            // the parser lower-cases attribute names: exact-case lookups are enough, and cheaper
            Attributes attributes = el.attributes();
            String itemprop = attributes.get("itemprop");
            if (!itemprop.isEmpty()) {
                itemprop(el, itemprop);
            }
            String cls = attributes.get("class");
            String id = attributes.get("id");
            if (cls.isEmpty() && id.isEmpty() && itemprop.isEmpty() && !tag.equals("a")) {
                return true;
            }
            bylineCandidate(el, tag, cls, id, itemprop);
            standfirstCandidate(el, tag, cls, id, itemprop);
            return true;
        }

        private void tail(Element el) {
            if (el == standfirstEl) {
                standfirstDone = true;
            }
        }

        private void meta(Element el) {
            String content = el.attr("content");
            if (content.isEmpty()) {
                if (el.hasAttr("charset")) {
                    return;
                }
                content = el.attr("value");
                if (content.isEmpty()) {
                    return;
                }
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String keys = el.attr(attr);
                if (keys.isEmpty()) {
                    continue;
                }
                boolean property = attr.equals("property");
                // property may hold several space-separated names
                for (String key : keys.trim().split("\\s+")) {
                    String k = canonicalKey(key);
                    List<String> values = metas.computeIfAbsent(k, x -> new ArrayList<>(1));
                    if (property) {
                        // OpenGraph and RDFa speak through property: trust it over a name of the same key
                        int at = propertyValues.merge(k, 1, Integer::sum) - 1;
                        values.add(Math.min(at, values.size()), content);
                    } else {
                        values.add(content);
                    }
                }
            }
        }

        private void link(Element el) {
            String rel = el.attr("rel");
            if (rel.isEmpty() || !el.hasAttr("href")) {
                return;
            }
            // raw hrefs: resolving every stylesheet link of a big page would cost more than all the rest
            for (String r : rel.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                if (r.equals("canonical") || r.equals("image_src")) {
                    links.putIfAbsent(r, el.attr("href"));
                }
            }
        }

        private void script(Element el) {
            if (jsonLdScripts.size() < MAX_SCRIPTS && el.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                jsonLdScripts.add(el.data());
            }
        }

        private void homeLink(Element el) {
            if (!isHomeHref(el.attributes().get("href"))) {
                return;
            }
            String text = MetaText.boundedText(el, MAX_BYLINE_CHARS);
            if (text.isEmpty()) {
                Element logo = el.selectFirst("img[alt]");
                text = logo == null ? "" : MetaText.collapseWhitespace(logo.attr("alt"));
            }
            if (!text.isEmpty() && text.length() < MAX_BYLINE_CHARS) {
                mastheads.add(text);
            }
        }

        private static boolean isHomeHref(String href) {
            if (href.equals("/")) {
                return true;
            }
            int hostAt = href.startsWith("https://") ? 8 : href.startsWith("http://") ? 7 : href.startsWith("//") ? 2 : -1;
            if (hostAt < 0) {
                return false;
            }
            int slash = href.indexOf('/', hostAt);
            return slash < 0 || slash == href.length() - 1;
        }

        private void heading(Element el, List<String> into) {
            if (into.size() < MAX_HEADINGS) {
                String text = MetaText.boundedText(el, MAX_HEADING_CHARS);
                if (!text.isEmpty()) {
                    into.add(text);
                }
            }
        }

        private void itemprop(Element el, String itemprop) {
            for (String prop : itemprop.trim().split(" ")) {
                String key = prop.toLowerCase(Locale.ROOT);
                switch (key) {
                    case "author", "creator" -> {
                        if (itempropAuthors.size() < MAX_BYLINE_CANDIDATES) {
                            itempropAuthors.add(el);
                        }
                    }
                    case "publisher" -> {
                        if (itempropPublisher == null) {
                            itempropPublisher = el;
                        }
                    }
                    case "image" -> {
                        if (itempropImage == null) {
                            itempropImage = el;
                        }
                    }
                    case "headline", "name", "datepublished", "datemodified", "description",
                            "alternativeheadline", "inlanguage" -> {
                        String value = el.hasAttr("content") ? el.attr("content")
                                : el.hasAttr("datetime") ? el.attr("datetime")
                                : MetaText.boundedText(el, MAX_STANDFIRST_CHARS);
                        List<String> values = itemprops.computeIfAbsent(key, k -> new ArrayList<>(1));
                        if (values.size() < MAX_HEADINGS && !value.isBlank()) {
                            values.add(value);
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        private void bylineCandidate(Element el, String tag, String cls, String id, String itemprop) {
            if (!wantDomByline || bylineCandidates.size() >= MAX_BYLINE_CANDIDATES
                    || bylineChecks >= MAX_BYLINE_CHECKS || tag.equals("html") || tag.equals("body")) {
                return;
            }
            boolean rel = tag.equals("a") && el.attributes().get("rel").equalsIgnoreCase("author");
            boolean prop = !itemprop.isEmpty() && MetaText.indexOfIgnoreCase(itemprop, "author", 0) >= 0;
            if (!rel && !prop) {
                if (cls.isEmpty() && id.isEmpty()) {
                    return;
                }
                if (!ClassHints.byline(cls) && !ClassHints.byline(id)) {
                    return;
                }
                if (ClassHints.notByline(cls) || ClassHints.notByline(id)) {
                    return;
                }
            }
            bylineChecks++;
            if (Visibility.hiddenOrInside(el, false)) {
                return;
            }
            String text = MetaText.boundedText(el, MAX_BYLINE_CHARS);
            if (!text.isEmpty() && text.length() < MAX_BYLINE_CHARS) {
                bylineCandidates.add(text);
            }
        }

        private boolean headNamesAuthors() {
            for (String key : AUTHOR_METAS) {
                for (String v : PageScan.this.meta(key)) {
                    if (!Bylines.names(v).isEmpty()) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void standfirstCandidate(Element el, String tag, String cls, String id, String itemprop) {
            if (standfirstDone || sinceH1 < 1 || sinceH1 > STANDFIRST_REACH) {
                return;
            }
            if (tag.equals("h1") || tag.equals("a") || tag.equals("img") || tag.equals("figure")
                    || tag.equals("figcaption")) {
                return;
            }
            boolean described = itemprop.equalsIgnoreCase("description");
            if (!described && !ClassHints.standfirst(cls) && !ClassHints.standfirst(id)) {
                return;
            }
            // captions are not deks
            if (Visibility.hiddenOrInside(el, true)) {
                return;
            }
            String text = MetaText.boundedText(el, MAX_STANDFIRST_CHARS);
            if (text.length() >= MIN_STANDFIRST_CHARS && text.length() < MAX_STANDFIRST_CHARS) {
                // a wrapper named "standfirst" may hold the byline too: the innermost match wins
                standfirst = text;
                standfirstEl = el;
            }
        }
    }
}
