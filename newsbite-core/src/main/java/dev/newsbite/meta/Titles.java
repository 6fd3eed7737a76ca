package dev.newsbite.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the headline among the page's candidates (JSON-LD headline, og:title, twitter:title, the
 * document title, the h1), each with any site name around it taken off, and picks the one the
 * others agree with most.
 */
final class Titles {
    /** A separator between a headline and a site name: "Headline | Site", "Site - Headline". */
    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»·:]{1,2} ");
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");
    private static final Pattern SEPARATOR_CHARS = Pattern.compile("[|\\-–—\\\\/>»]+");
    private static final int SHORT_TITLE_WORDS = 4;
    private static final int TOO_SHORT_WORDS = 3;
    private static final int MAX_WORDS_BEFORE_COLON = 5;
    private static final int MIN_TITLE_CHARS = 15;
    private static final int MAX_TITLE_CHARS = 150;
    /** Two candidates at least this similar give the same headline. */
    private static final double AGREEMENT = 0.8;
    /** Above this similarity, a segment next to a separator is the site's name. */
    private static final double SITE_MATCH = 0.8;

    /** One candidate headline and where it came from; a lower rank is trusted more on ties. */
    record Candidate(String text, int rank) {
    }

    private Titles() {
    }

    /**
     * The document title with its site part removed where that can be told apart, as Readability
     * does: the last separated part goes (or the first, when what is left is too short); after a
     * colon the tail is the headline unless a heading shows the whole title; a very short or very
     * long title gives way to a single h1; and a result of four words or fewer falls back to the
     * whole title.
     */
    static String fromDocumentTitle(String rawTitle, List<String> h1s, List<String> h2s) {
        String orig = MetaText.clean(rawTitle);
        if (orig == null) {
            return null;
        }
        String shown = segmentShownAsHeading(orig, h1s);
        if (shown != null) {
            return shown;
        }
        String cur = orig;
        boolean hierarchical = false;
        Matcher sep = SEPARATOR.matcher(orig);
        int firstSep = -1;
        int lastSep = -1;
        int firstSepEnd = -1;
        boolean colonOnly = true;
        while (sep.find()) {
            if (!sep.group().strip().equals(":")) {
                colonOnly = false;
                if (firstSep < 0) {
                    firstSep = sep.start();
                    firstSepEnd = sep.end();
                }
                lastSep = sep.start();
            }
        }
        if (!colonOnly && firstSep >= 0) {
            hierarchical = HIERARCHICAL.matcher(orig).find();
            cur = orig.substring(0, lastSep);
            if (words(cur) < TOO_SHORT_WORDS) {
                cur = orig.substring(firstSepEnd);
            }
        } else if (orig.contains(": ")) {
            boolean headingMatches = h1s.contains(orig) || h2s.contains(orig);
            if (!headingMatches) {
                cur = orig.substring(orig.lastIndexOf(':') + 1);
                if (words(cur) < TOO_SHORT_WORDS) {
                    cur = orig.substring(orig.indexOf(':') + 1);
                } else if (words(orig.substring(0, orig.indexOf(':'))) > MAX_WORDS_BEFORE_COLON) {
                    cur = orig;
                }
            }
        } else if ((orig.length() > MAX_TITLE_CHARS || orig.length() < MIN_TITLE_CHARS) && h1s.size() == 1) {
            cur = h1s.get(0);
        }
        cur = MetaText.collapseWhitespace(cur);
        int curWords = words(cur);
        if (curWords <= SHORT_TITLE_WORDS
                && (!hierarchical || curWords != words(SEPARATOR_CHARS.matcher(orig).replaceAll("")) - 1)) {
            cur = orig;
        }
        return cur.isEmpty() ? orig : cur;
    }

    /**
     * The part of a separated title that the page shows as its h1: whatever the other parts are
     * (site, section, tagline), that part is the headline. Short parts are left to the rules above,
     * as a one-word h1 is more often a section name than the story's.
     */
    private static String segmentShownAsHeading(String title, List<String> h1s) {
        if (h1s.isEmpty()) {
            return null;
        }
        Matcher m = SEPARATOR.matcher(title);
        int from = 0;
        boolean split = false;
        while (true) {
            boolean found = m.find();
            int to = found ? m.start() : title.length();
            if (found) {
                split = true;
            }
            if (split) {
                String part = title.substring(from, to).strip();
                if (words(part) > SHORT_TITLE_WORDS) {
                    for (String h1 : h1s) {
                        if (part.equalsIgnoreCase(MetaText.collapseWhitespace(h1))) {
                            return part;
                        }
                    }
                }
            }
            if (!found) {
                return null;
            }
            from = m.end();
        }
    }

    /** The candidate with a known site name taken off its start or end. */
    static String stripSite(String title, List<String> siteNames) {
        if (title == null || siteNames.isEmpty()) {
            return title;
        }
        String t = title;
        Separators sep = Separators.in(t);
        if (sep == null) {
            return t;
        }
        String tail = t.substring(sep.lastEnd());
        if (isSiteName(tail, siteNames) && sep.lastStart() > 0) {
            return t.substring(0, sep.lastStart()).strip();
        }
        String head = t.substring(0, sep.firstStart());
        if (isSiteName(head, siteNames) && sep.firstEnd() < t.length()) {
            return t.substring(sep.firstEnd()).strip();
        }
        return t;
    }

    private static boolean isSiteName(String segment, List<String> siteNames) {
        String s = segment.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return false;
        }
        for (String site : siteNames) {
            String n = site.toLowerCase(Locale.ROOT);
            if (s.equals(n) || MetaText.similarity(s, n) >= SITE_MATCH
                    || n.replace(" ", "").equals(s.replace(" ", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The best-agreeing candidate: each counts the others that give (nearly) the same words, so a
     * headline repeated by several sources wins over a lone teaser title; ties go to the
     * better-trusted source.
     */
    static String choose(List<Candidate> candidates) {
        List<Candidate> usable = new ArrayList<>();
        List<List<String>> tokens = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.text() != null && !c.text().isBlank()) {
                usable.add(c);
                tokens.add(MetaText.Tokens.of(c.text()));
            }
        }
        Candidate best = null;
        int bestVotes = -1;
        for (int i = 0; i < usable.size(); i++) {
            Candidate c = usable.get(i);
            int votes = 0;
            for (int j = 0; j < usable.size(); j++) {
                if (j != i && MetaText.similarity(tokens.get(i), tokens.get(j)) >= AGREEMENT) {
                    votes++;
                }
            }
            if (votes > bestVotes || (votes == bestVotes && c.rank() < best.rank())) {
                bestVotes = votes;
                best = c;
            }
        }
        return best == null ? null : best.text();
    }


    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 1 : t.split("\\s+").length;
    }

    /** Where the first and the last separator of a title stand. */
    record Separators(int firstStart, int firstEnd, int lastStart, int lastEnd) {
        /** The separators of {@code title}, or null when it has none. */
        static Separators in(String title) {
            Matcher m = SEPARATOR.matcher(title);
            if (!m.find()) {
                return null;
            }
            int firstStart = m.start();
            int firstEnd = m.end();
            int lastStart = firstStart;
            int lastEnd = firstEnd;
            while (m.find()) {
                lastStart = m.start();
                lastEnd = m.end();
            }
            return new Separators(firstStart, firstEnd, lastStart, lastEnd);
        }
    }
}
