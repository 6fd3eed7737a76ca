package dev.newsbite.listing;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads one teaser's surroundings: the card it sits in, and there the standfirst, the byline and
 * the picture (lazy-loading attributes, {@code srcset} and {@code noscript} fallbacks included).
 * Every walk is bounded, so a wrongly chosen huge container costs little.
 */
final class TeaserParts {
    /** A teaser card is found within this many steps up from its link. */
    static final int MAX_CARD_CLIMB = 5;
    /** A card with more elements than this is a whole list, not one teaser. */
    static final int MAX_CARD_ELEMENTS = 160;
    static final int MIN_STANDFIRST_CHARS = 30;
    static final int MAX_STANDFIRST_CHARS = 600;
    static final int MAX_BYLINE_CHARS = 100;

    private static final Set<String> CARD_WORDS = Set.of(
            "card", "teaser", "story", "item", "post", "entry", "promo", "tile", "article", "result");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD_BREAKS = Pattern.compile("[-_]+");
    /** Class words of a teaser's standfirst (read as in {@link PageZones#names}). */
    private static final Set<String> STANDFIRST_WORDS = Set.of("summary", "dek", "standfirst", "excerpt",
            "description", "desc", "lede", "lead", "intro", "strap", "strapline", "subhead", "subheadline",
            "abstract", "blurb", "synopsis", "teasertext", "text");
    /** Class words of a teaser's byline. */
    private static final Set<String> BYLINE_WORDS = Set.of("byline", "bylines", "author", "authors", "writer",
            "contributor", "contributors", "by");
    /** Image addresses that are lazy-loading stand-ins, not the picture. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "placeholder|blank\\.|spacer|1x1|pixel\\.|transparent|grey\\.gif|gray\\.gif|lazy[-_.]?load|loading\\.",
            Pattern.CASE_INSENSITIVE);
    private static final String[] IMAGE_ATTRIBUTES = {"data-src", "data-lazy-src", "data-original", "data-url",
        "data-hi-res-src", "data-srcset", "data-lazy-srcset", "srcset", "src"};

    private TeaserParts() {
    }

    /** What a card offers besides its headline; each may be null. */
    record Found(String standfirst, String byline, String image) {
    }

    /**
     * The teaser card around {@code link}: the nearest article, list item or card-named element
     * above the headline that holds more than the headline; else the headline's parent.
     */
    static Element card(Element link, Element heading) {
        boolean headingAbove = heading != null && isAncestor(heading, link);
        Element inner = headingAbove ? heading : link;
        Element el = inner.parent();
        for (int i = 0; i < MAX_CARD_CLIMB && el != null; i++, el = el.parent()) {
            String tag = el.normalName();
            if (tag.equals("body") || tag.equals("main") || tag.equals("html")) {
                break;
            }
            if (tag.equals("article") || tag.equals("li")) {
                return el;
            }
            if (el.childrenSize() >= 2 && isCardClass(el.className())) {
                return el;
            }
        }
        return inner.parent() != null ? inner.parent() : inner;
    }

    private static boolean isAncestor(Element ancestor, Element el) {
        // A link's heading is at most a few steps up (see ListingExtractor), so the climb is short.
        Element p = el.parent();
        for (int i = 0; i < 4 && p != null; i++, p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a class attribute names a teaser card: a word such as "card", "teaser" or "entry" in
     * a block or modifier name ("card", "card--lead", "story-list__item"), not in a BEM element of
     * something else ("card__title" is part of a card, not one).
     */
    static boolean isCardClass(String classAttr) {
        if (classAttr.isEmpty() || classAttr.length() > 512) {
            return false;
        }
        for (String name : SPACES.split(classAttr.strip(), 16)) {
            int element = name.lastIndexOf("__");
            String part = (element >= 0 ? name.substring(element + 2) : name).toLowerCase(java.util.Locale.ROOT);
            for (String word : WORD_BREAKS.split(part, 8)) {
                String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
                if (CARD_WORDS.contains(word) || CARD_WORDS.contains(singular)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The standfirst, byline and image in {@code card}; the smaller fallback when the card is a list. */
    static Found read(Element card, Element link, Element heading, String headline, StoryUrls urls) {
        Reader reader = new Reader(headline, urls, heading);
        NodeTraversor.filter(reader, card);
        if (reader.tooBig || reader.otherHeadings > 0) {
            Element inner = heading != null ? heading : link;
            Element smaller = inner.parent();
            if (smaller != null && smaller != card) {
                reader = new Reader(headline, urls, heading);
                NodeTraversor.filter(reader, smaller);
                if (reader.tooBig || reader.otherHeadings > 0) {
                    return new Found(null, null, null);
                }
            } else {
                return new Found(null, null, null);
            }
        }
        String standfirst = reader.classedStandfirst != null ? reader.classedStandfirst : reader.plainStandfirst;
        return new Found(standfirst, reader.byline, reader.image);
    }

    /** One bounded walk over a card, collecting the first of each part. */
    private static final class Reader implements NodeFilter {
        private final String headline;
        private final StoryUrls urls;
        private final Element ownHeading;
        int elements;
        int otherHeadings;
        boolean tooBig;
        String classedStandfirst;
        String plainStandfirst;
        String byline;
        String image;

        Reader(String headline, StoryUrls urls, Element ownHeading) {
            this.headline = headline;
            this.urls = urls;
            this.ownHeading = ownHeading;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return FilterResult.SKIP_CHILDREN;
            }
            if (++elements > MAX_CARD_ELEMENTS) {
                tooBig = true;
                return FilterResult.STOP;
            }
            String tag = el.normalName();
            switch (tag) {
                case "script", "style", "svg", "button", "form", "template" -> {
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "h1", "h2", "h3", "h4" -> {
                    if (el != ownHeading && !headline.equals(BoundedText.of(el, headline.length()))) {
                        otherHeadings++;
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "img", "source" -> {
                    if (image == null) {
                        image = imageOf(el, urls);
                    }
                    return FilterResult.CONTINUE;
                }
                default -> {
                }
            }
            String cls = el.className();
            boolean classed = !cls.isEmpty() && cls.length() < 512;
            if (byline == null && (classed && PageZones.names(cls, BYLINE_WORDS) || el.attr("rel").equals("author")
                    || el.attr("itemprop").equals("author"))) {
                String text = BoundedText.of(el, MAX_BYLINE_CHARS);
                if (text != null && !text.isEmpty() && !text.equals(headline)) {
                    byline = text;
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            boolean standfirstClass = classed && PageZones.names(cls, STANDFIRST_WORDS);
            if (standfirstClass || tag.equals("p")) {
                if (standfirstClass ? classedStandfirst == null : plainStandfirst == null) {
                    String text = BoundedText.of(el, MAX_STANDFIRST_CHARS);
                    if (text != null && text.length() >= MIN_STANDFIRST_CHARS
                            && !text.contains(headline) && !headline.contains(text)) {
                        if (standfirstClass) {
                            classedStandfirst = text;
                        } else {
                            plainStandfirst = text;
                        }
                        return FilterResult.SKIP_CHILDREN;
                    }
                }
                return FilterResult.CONTINUE;
            }
            return FilterResult.CONTINUE;
        }
    }

    /** The best address of an {@code img} or {@code source}: lazy attributes first, stand-ins skipped. */
    static String imageOf(Element el, StoryUrls urls) {
        for (String attribute : IMAGE_ATTRIBUTES) {
            String value = el.attr(attribute).strip();
            if (value.isEmpty() || value.startsWith("data:") || value.length() > StoryUrls.MAX_URL_CHARS * 4) {
                continue;
            }
            String candidate = attribute.endsWith("srcset") ? largestInSrcset(value) : value;
            if (candidate == null || candidate.length() > StoryUrls.MAX_URL_CHARS
                    || PLACEHOLDER.matcher(candidate).find()) {
                continue;
            }
            String abs = urls.absolute(candidate);
            if (abs != null) {
                return abs;
            }
        }
        return null;
    }

    /** The candidate with the largest width (or density) descriptor in a {@code srcset}. */
    static String largestInSrcset(String srcset) {
        String best = null;
        double bestSize = -1;
        int i = 0;
        int n = Math.min(srcset.length(), 8_192);
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int urlStart = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(urlStart, i);
            boolean endsCandidate = url.endsWith(",");
            while (url.endsWith(",")) {
                url = url.substring(0, url.length() - 1);
            }
            int descStart = i;
            if (!endsCandidate) {
                while (i < n && srcset.charAt(i) != ',') {
                    i++;
                }
            }
            String descriptor = srcset.substring(descStart, Math.min(i, n)).strip();
            double size = descriptorSize(descriptor);
            if (!url.isEmpty() && size > bestSize) {
                best = url;
                bestSize = size;
            }
        }
        return best;
    }

    private static double descriptorSize(String descriptor) {
        if (descriptor.length() < 2) {
            return 0;
        }
        char unit = descriptor.charAt(descriptor.length() - 1);
        try {
            double value = Double.parseDouble(descriptor.substring(0, descriptor.length() - 1));
            return unit == 'w' ? value : unit == 'x' ? value * 1000 : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
