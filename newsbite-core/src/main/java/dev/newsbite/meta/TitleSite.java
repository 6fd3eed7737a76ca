package dev.newsbite.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Tells which end of a document title names the site when the page declares no site name: the
 * segment before the first separator or after the last one that spells the page's host
 * ("Valley Ranchers Online" on valleyranchers.example) or repeats the masthead (the home link's
 * logo text). Only a short segment at either end counts; the rest must still read as a headline.
 */
final class TitleSite {
    /** A site's name is short; a longer segment is part of the headline. */
    private static final int MAX_SITE_WORDS = 6;
    /** What is left must read as a headline: as in Readability, four words or fewer may be a section's name. */
    private static final int MIN_HEADLINE_WORDS = 5;
    /** Host labels shorter than this ("bt", "ft") match too much by prefix. */
    private static final int MIN_LABEL_CHARS = 4;
    private static final double MASTHEAD_MATCH = 0.8;
    private static final int MAX_COPYRIGHT_NODES = 20_000;
    private static final int MAX_COPYRIGHT_LINES = 3;
    private static final int MAX_COPYRIGHT_CHARS = 400;
    /** Host labels that say nothing about the site. */
    private static final List<String> GENERIC_LABELS = List.of("www", "www1", "www2", "m", "mobile", "amp", "news",
            "co", "com", "org", "net", "gov", "ac", "edu", "blog", "blogs", "online", "web");

    private TitleSite() {
    }

    /** The site-naming segment at the start or end of the title, or null when neither end is known to name it. */
    static String segment(String title, String pageUrl, List<String> mastheads) {
        return segment(title, pageUrl, mastheads, null);
    }

    /**
     * As {@link #segment(String, String, List)}, and when host and masthead tell nothing, a segment
     * the page's copyright line names ("Copyright 2026 Valley Ranchers Online") counts too.
     */
    static String segment(String title, String pageUrl, List<String> mastheads, Element page) {
        if (title == null) {
            return null;
        }
        Titles.Separators sep = Titles.Separators.in(title);
        if (sep == null || sep.firstStart() <= 0 || sep.lastEnd() >= title.length()) {
            return null;
        }
        int firstStart = sep.firstStart();
        int firstEnd = sep.firstEnd();
        int lastStart = sep.lastStart();
        int lastEnd = sep.lastEnd();
        List<String> labels = hostLabels(pageUrl);
        String tail = title.substring(lastEnd).strip();
        boolean tailFits = Titles.words(title.substring(0, lastStart)) >= MIN_HEADLINE_WORDS
                && Titles.words(tail) <= MAX_SITE_WORDS;
        if (tailFits && namesSite(tail, labels, mastheads)) {
            return tail;
        }
        String head = title.substring(0, firstStart).strip();
        boolean headFits = Titles.words(title.substring(firstEnd)) >= MIN_HEADLINE_WORDS
                && Titles.words(head) <= MAX_SITE_WORDS;
        if (headFits && namesSite(head, labels, mastheads)) {
            return head;
        }
        if (page == null || (!tailFits && !headFits)) {
            return null;
        }
        List<String> owners = copyrightLines(page);
        if (tailFits && named(tail, owners)) {
            return tail;
        }
        return headFits && named(head, owners) ? head : null;
    }

    private static boolean named(String segment, List<String> lines) {
        if (segment.isEmpty()) {
            return false;
        }
        for (String line : lines) {
            if (MetaText.indexOfIgnoreCase(line, segment.toLowerCase(Locale.ROOT), 0) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The page's text runs that carry a copyright mark, a few at most, each bounded. */
    private static List<String> copyrightLines(Element page) {
        List<String> lines = new ArrayList<>(1);
        NodeTraversor.filter(new NodeFilter() {
            private int seen;

            @Override
            public FilterResult head(Node node, int depth) {
                if (++seen > MAX_COPYRIGHT_NODES || lines.size() >= MAX_COPYRIGHT_LINES) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    return tag.equals("script") || tag.equals("style") || tag.equals("svg")
                            ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
                }
                if (node instanceof TextNode t) {
                    String text = t.getWholeText();
                    if (text.length() < MAX_COPYRIGHT_CHARS
                            && (text.indexOf('©') >= 0 || MetaText.indexOfIgnoreCase(text, "copyright", 0) >= 0)) {
                        lines.add(text);
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, page);
        return lines;
    }

    private static boolean namesSite(String segment, List<String> labels, List<String> mastheads) {
        if (segment.isEmpty()) {
            return false;
        }
        String compact = compact(segment);
        for (String label : labels) {
            // "Valley Ranchers Online" on valleyranchers.example, "The Verge" on theverge.com
            if (compact.equals(label) || (compact.startsWith(label) && label.length() >= MIN_LABEL_CHARS)
                    || (label.startsWith(compact) && compact.length() >= Math.max(MIN_LABEL_CHARS, label.length() * 2 / 3))) {
                return true;
            }
        }
        for (String masthead : mastheads) {
            if (compact.equals(compact(masthead)) || MetaText.similarity(segment, masthead) >= MASTHEAD_MATCH) {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits only, lower-cased: "The Daily-Star" and "thedailystar" compare equal. */
    static String compact(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** The host's telling labels: "www.valleyranchers.example" gives [valleyranchers]. */
    static List<String> hostLabels(String url) {
        List<String> labels = new ArrayList<>(2);
        if (url == null) {
            return labels;
        }
        int start = url.indexOf("://");
        if (start < 0) {
            return labels;
        }
        start += 3;
        int end = start;
        while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String[] parts = url.substring(start, end).toLowerCase(Locale.ROOT).split("\\.");
        // the last label is the top-level domain
        for (int i = 0; i < parts.length - 1; i++) {
            String label = parts[i].replace("-", "");
            if (!label.isEmpty() && !GENERIC_LABELS.contains(label)) {
                labels.add(label);
            }
        }
        return labels;
    }
}
