package dev.newsbite.content;

import dev.newsbite.clean.AmpElements;
import dev.newsbite.clean.Pruner;
import dev.newsbite.internal.Deadline;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One walk over the page that removes what is never text, skips furniture, and measures every
 * element bottom-up: text length (whitespace collapsed), link text, commas, paragraphs, and
 * whether it holds block-level children. Later stages read these figures instead of calling
 * {@code text()} on subtrees again and again. No recursion: jsoup's traversor keeps its own place.
 */
final class DomStats {
    /** Tags that start a new block (or a media block) in reading order. */
    static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote",
            "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
            "caption", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "address",
            "form", "fieldset", "center", "details", "summary", "iframe", "img", "picture", "video",
            "noscript", "body", "html", "hgroup", "output", "legend");

    /** Likely furniture is kept when it holds at least this much text with few links. */
    private static final int LIKELY_FURNITURE_KEEP_CHARS = 1200;
    /**
     * Furniture is kept when it holds this much text with few links: share bars, related boxes
     * and sign-up forms are short or link-heavy, so a long run of prose under such a name (an id
     * slug like "evolve-shared-history") is a story after all.
     */
    private static final int FURNITURE_KEEP_CHARS = 2000;
    private static final int DEADLINE_CHECK_EVERY = 512;

    /** Figures of one element. */
    static final class Stats {
        int text;
        int link;
        int commas;
        /** Text not inside a block-level child: what a paragraph made of this element would hold. */
        int inline;
        int inlineCommas;
        int paragraphs;
        int images;
        int tables;
        boolean hasBlock;
        Pruner.Verdict verdict;
        int unitStart;
        double score;
        boolean scored;

        double linkDensity() {
            return text == 0 ? 0 : (double) link / text;
        }
    }

    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private final Set<Element> skipped = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Elements holding a paragraph's worth of own text, in the order their walk ended. */
    private final List<Element> units = new ArrayList<>();
    private boolean truncated;
    private boolean skipFurniture;
    private String nextData;

    private DomStats() {
    }

    /**
     * Measures {@code root}. Removes never-text elements from the tree. With {@code skipFurniture},
     * elements named as furniture are skipped (measured as absent); otherwise they count.
     */
    static DomStats measure(Element root, boolean skipFurniture, Deadline deadline) {
        DomStats d = new DomStats();
        d.skipFurniture = skipFurniture;
        d.walk(root, skipFurniture, deadline);
        return d;
    }

    Stats of(Element e) {
        return stats.get(e);
    }

    boolean isSkipped(Element e) {
        return skipped.contains(e) || !stats.containsKey(e);
    }

    /**
     * Named as furniture but measured anyway (a relaxed walk): it may hold the story, so it counts
     * for choosing the container, but inside the chosen container it is still left out.
     */
    boolean isFurniture(Element e) {
        if (skipFurniture) {
            return false;
        }
        Stats s = stats.get(e);
        return s != null && s.verdict == Pruner.Verdict.FURNITURE;
    }

    List<Element> units() {
        return units;
    }

    boolean truncated() {
        return truncated;
    }

    /** The Next.js payload met (and removed) during this walk, or null. */
    String nextData() {
        return nextData;
    }

    private void walk(Element root, boolean skipFurniture, Deadline deadline) {
        List<Stats> stack = new ArrayList<>();
        int[] linkDepth = {0};
        int[] visits = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++visits[0] % DEADLINE_CHECK_EVERY == 0 && deadline.expired()) {
                    truncated = true;
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    if (!stack.isEmpty()) {
                        addText(stack.get(stack.size() - 1), t.getWholeText(), linkDepth[0] > 0);
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (AmpElements.isAmp(e.normalName())) {
                    AmpElements.normalise(e);
                }
                Pruner.Verdict verdict = e == root ? Pruner.Verdict.NEUTRAL : Pruner.judge(e);
                if (verdict == Pruner.Verdict.DROP) {
                    if (nextData == null && e.nameIs("script") && EmbeddedBodies.NEXT_DATA_ID.equals(e.id())) {
                        // Read here, as it is removed, rather than by a search of the whole page.
                        nextData = EmbeddedBodies.nextDataJson(e);
                    }
                    return FilterResult.REMOVE;
                }
                if (verdict == Pruner.Verdict.COMMENTS) {
                    skipped.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                Stats s = new Stats();
                s.verdict = verdict;
                s.unitStart = units.size();
                stats.put(e, s);
                stack.add(s);
                if (isLink(e)) {
                    linkDepth[0]++;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element e) || !stats.containsKey(e)) {
                    return FilterResult.CONTINUE;
                }
                Stats s = stack.remove(stack.size() - 1);
                if (isLink(e)) {
                    linkDepth[0]--;
                }
                String tag = e.normalName();
                if (tag.equals("p")) {
                    s.paragraphs++;
                } else if (tag.equals("img")) {
                    s.images++;
                } else if (tag.equals("table")) {
                    s.tables++;
                }
                if (skipFurniture && (s.verdict == Pruner.Verdict.LIKELY_FURNITURE
                        && (s.text < LIKELY_FURNITURE_KEEP_CHARS || s.linkDensity() > 0.3)
                        || s.verdict == Pruner.Verdict.FURNITURE
                        && (s.text < FURNITURE_KEEP_CHARS || s.linkDensity() > 0.25))) {
                    skipped.add(e);
                    units.subList(s.unitStart, units.size()).clear();
                    return FilterResult.CONTINUE;
                }
                boolean block = BLOCK_TAGS.contains(tag);
                if (block && s.inline >= 25 && !tag.equals("li") && !tag.equals("dd") && !tag.equals("dt")
                        && !isHeading(tag)) {
                    units.add(e);
                }
                if (!stack.isEmpty()) {
                    Stats parent = stack.get(stack.size() - 1);
                    parent.text += s.text;
                    parent.link += s.link;
                    parent.commas += s.commas;
                    parent.paragraphs += s.paragraphs;
                    parent.images += s.images;
                    parent.tables += s.tables;
                    if (block || s.hasBlock) {
                        parent.hasBlock = true;
                    } else {
                        parent.inline += s.text;
                        parent.inlineCommas += s.commas;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /** A link that leads somewhere: script pseudo-links are text (Readability unwraps them). */
    static boolean isLink(Element e) {
        return e.nameIs("a") && !e.attr("href").regionMatches(true, 0, "javascript:", 0, 11);
    }

    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static void addText(Stats s, String text, boolean inLink) {
        int len = 0;
        int commas = 0;
        boolean space = true;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) {
                    len++;
                    space = true;
                }
            } else {
                len++;
                space = false;
                if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
                    commas++;
                }
            }
        }
        if (len == 0) {
            return;
        }
        s.text += len;
        s.inline += len;
        s.commas += commas;
        s.inlineCommas += commas;
        if (inLink) {
            s.link += len;
        }
    }
}
