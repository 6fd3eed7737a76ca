package dev.newsbite.listing;

import dev.newsbite.model.Teaser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the story teasers of a section or front page. Runs on the parsed document before content
 * cleaning, on every page, and does not change it; so it is cheap where there is nothing to find:
 * one pass over the links with string tests first, the page's surroundings read only for links
 * that look like stories, and the teaser cards read only when there are enough of those.
 *
 * <p>A teaser is a link to a story on the same site (a slug or an id in its path; not a section,
 * tag, author, login or share link; not in navigation, menus, the page header or footer, or a
 * "related"/"most read" rail) whose words read like a headline, with the standfirst, byline and
 * image of the card it sits in. Stateless and thread-safe.
 */
public final class ListingExtractor {
    /** Fewer story links than this is not a list of stories; nothing more is read. */
    static final int MIN_TEASERS = 3;
    /** A page lists at most this many; beyond, links are not read. */
    static final int MAX_TEASERS = 300;
    /** Headline: at least this many words … */
    static final int MIN_HEADLINE_WORDS = 4;
    /** … or this many characters … */
    static final int MIN_HEADLINE_CHARS = 20;
    /** … or this many ideographic/syllabic characters (Chinese, Japanese, Korean headlines). */
    static final int MIN_HEADLINE_CJK_CHARS = 8;
    static final int MAX_HEADLINE_CHARS = 300;
    private static final int MAX_HEADING_CLIMB = 3;
    /** Words beside a teaser link: a date, a source, "Read more:"; beyond this it is running text. */
    static final int MAX_TEXT_BESIDE_TEASER = 40;
    private static final int MAX_INLINE_CLIMB = 6;
    private static final Evaluator CANONICAL =
            QueryParser.parse("link[rel=canonical][href], meta[property=og:url][content]");
    /** Subtrees that hold no teasers of the page's own: site furniture, and markup without links. */
    private static final Set<String> SKIPPED_SUBTREES = Set.of("nav", "aside", "form", "menu", "dialog", "svg",
            "script", "style", "template", "select");
    private static final Set<String> INLINE = Set.of("span", "b", "strong", "em", "i", "u", "small", "font",
            "mark", "cite", "q", "abbr", "sup", "sub", "s", "del", "ins");
    /** A link that wraps a card holds a few dozen elements; the heading is among the first. */
    private static final int MAX_ELEMENTS_IN_LINK = 60;

    /** Teasers in page order, without duplicates; empty when the page lists no stories. */
    public List<Teaser> extract(Document doc) {
        StoryUrls urls = StoryUrls.forPage(pageUrl(doc));
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Element, Boolean> furniture = new IdentityHashMap<>();
        // One walk over the elements with an explicit stack (no recursion: nesting may be hostile),
        // reading child lists by index and skipping subtrees that hold no teasers.
        Element[] parents = new Element[64];
        int[] next = new int[64];
        int depth = 0;
        // doc.body() would add a body to a document without one: this stage must not change the page.
        Element html = childNamed(doc, "html");
        Element body = html == null ? null : childNamed(html, "body");
        parents[0] = body != null ? body : doc;
        next[0] = 0;
        walk:
        while (depth >= 0) {
            Element parent = parents[depth];
            int i = next[depth];
            if (i >= parent.childNodeSize()) {
                depth--;
                continue;
            }
            next[depth] = i + 1;
            if (!(parent.childNode(i) instanceof Element el)) {
                continue;
            }
            String tag = el.normalName();
            if (tag.equals("a")) {
                if (mayHoldHeadline(el)) {
                    consider(el, el.attr("href"), urls, seen, furniture, candidates);
                }
                if (candidates.size() >= MAX_TEASERS) {
                    break walk;
                }
            } else if (SKIPPED_SUBTREES.contains(tag)) {
                continue;
            }
            if (el.childNodeSize() > 0) {
                if (++depth == parents.length) {
                    parents = Arrays.copyOf(parents, depth * 2);
                    next = Arrays.copyOf(next, depth * 2);
                }
                parents[depth] = el;
                next[depth] = 0;
            }
        }
        if (candidates.size() < MIN_TEASERS) {
            return List.of();
        }
        List<Teaser> teasers = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Element card = TeaserParts.card(c.link, c.headline.heading);
            TeaserParts.Found found = TeaserParts.read(card, c.link, c.headline.heading, c.headline.text, urls);
            teasers.add(new Teaser(c.headline.text, c.url, found.standfirst(), found.byline(), found.image()));
        }
        return List.copyOf(teasers);
    }

    private static void consider(Element a, String href, StoryUrls urls, Set<String> seen,
            Map<Element, Boolean> furniture, List<Candidate> candidates) {
        if (href.isEmpty() || href.charAt(0) == '#') {
            return;
        }
        // Cheapest tests first: the raw href's shape, then the link's words, then the full address.
        if (!urls.mayBeStory(href)) {
            return;
        }
        Headline headline = headline(a);
        if (headline == null) {
            return;
        }
        String url = urls.storyOrNull(href);
        if (url == null || seen.contains(url) || inRunningText(a, headline) || PageZones.inFurniture(a, furniture)) {
            return;
        }
        seen.add(url);
        candidates.add(new Candidate(a, url, headline));
    }

    private record Candidate(Element link, String url, Headline headline) {
    }

    /** A headline's words and the heading element they came from (null when from the link alone). */
    private record Headline(String text, Element heading) {
    }

    /**
     * The headline a link shows: its own words, or the heading it wraps when it wraps a whole card;
     * null when the words are too few to be a headline ("More", "Read more", a section name).
     */
    private static Headline headline(Element a) {
        Element heading = headingAround(a);
        String text = BoundedText.of(a, MAX_HEADLINE_CHARS);
        if (text == null) {
            Element inner = firstHeadingInside(a);
            if (inner == null) {
                return null;
            }
            heading = inner;
            text = BoundedText.of(inner, MAX_HEADLINE_CHARS);
        } else if (heading == null && !isHeadline(text)) {
            return null;
        } else if (heading == null) {
            Element inner = firstHeadingInside(a);
            if (inner != null) {
                String innerText = BoundedText.of(inner, MAX_HEADLINE_CHARS);
                if (innerText != null && isHeadline(innerText)) {
                    heading = inner;
                    text = innerText;
                }
            }
        }
        return text != null && isHeadline(text) ? new Headline(text, heading) : null;
    }

    /**
     * Whether a link sits in running text ("…after visits to North Korea by Russian officials…"):
     * words stand right beside it (or beside the inline elements wrapping it) in its block. A story's
     * in-text links are not teasers; a card's headline link stands among elements, not words.
     */
    private static boolean inRunningText(Element a, Headline headline) {
        if (headline.heading != null) {
            return false;
        }
        Element inner = a;
        Element block = a.parent();
        for (int i = 0; i < MAX_INLINE_CLIMB && block != null && INLINE.contains(block.normalName()); i++) {
            inner = block;
            block = block.parent();
        }
        if (block == null) {
            return false;
        }
        int words = 0;
        for (Node sibling : block.childNodes()) {
            if (sibling != inner && sibling instanceof TextNode text) {
                words += text.text().strip().length();
                if (words > MAX_TEXT_BESIDE_TEASER) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A first look at a link's words, for the common link that is an icon or one short label
     * ("World", "More"): false when it has no content or only a text too short to be a headline.
     */
    private static boolean mayHoldHeadline(Element a) {
        int children = a.childNodeSize();
        if (children == 0) {
            return false;
        }
        return children > 1 || !(a.childNode(0) instanceof TextNode text) || isHeadline(text.getWholeText().strip());
    }

    static boolean isHeadline(String text) {
        if (text.length() >= MIN_HEADLINE_CHARS) {
            return true;
        }
        int words = 0;
        int cjk = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
                continue;
            }
            if (!inWord) {
                words++;
                inWord = true;
            }
            if (c >= 0x2E80 && PageClassifier.isCjk(c)) {
                cjk++;
            }
        }
        return words >= MIN_HEADLINE_WORDS || cjk >= MIN_HEADLINE_CJK_CHARS;
    }

    /** The h1–h4 a link sits in, a few steps up, or null. */
    private static Element headingAround(Element a) {
        Element el = a.parent();
        for (int i = 0; i < MAX_HEADING_CLIMB && el != null; i++, el = el.parent()) {
            if (isHeading(el)) {
                return el;
            }
        }
        return null;
    }

    /** The first h1–h4 among a link's first few descendants (cards wrapped in one link), or null. */
    private static Element firstHeadingInside(Element a) {
        if (a.childrenSize() == 0) {
            return null;
        }
        Element[] found = new Element[1];
        int[] seen = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return FilterResult.SKIP_CHILDREN;
                }
                if (++seen[0] > MAX_ELEMENTS_IN_LINK) {
                    return FilterResult.STOP;
                }
                if (el != a && isHeading(el)) {
                    found[0] = el;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, a);
        return found[0];
    }

    private static boolean isHeading(Element el) {
        String tag = el.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '4';
    }

    private static Element childNamed(Element parent, String tag) {
        for (Element child = parent.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.nameIs(tag)) {
                return child;
            }
        }
        return null;
    }

    /** The page's own address: where it was fetched, else what it says it is. */
    private static String pageUrl(Document doc) {
        String location = doc.location();
        if (!location.isEmpty()) {
            return location;
        }
        Element html = childNamed(doc, "html");
        Element head = html == null ? null : childNamed(html, "head");
        Element canonical = head == null ? null : head.selectFirst(CANONICAL);
        if (canonical == null) {
            return "";
        }
        return canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content");
    }
}
