package dev.newsbite.content;

import dev.newsbite.model.Block;
import dev.newsbite.model.Heading;
import dev.newsbite.model.Link;
import dev.newsbite.model.ListBlock;
import dev.newsbite.model.Paragraph;
import dev.newsbite.model.Quote;
import dev.newsbite.rules.BoilerplateRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Drops boilerplate blocks from a walked body: furniture lines ("Advertisement", "Read more: …",
 * comment prompts), lines that are only a link to another story, the headline, byline and date
 * repeated in the body, trailing sub-headings with nothing under them; and takes a
 * closing syndication line out of the body as the source.
 */
final class BlockFilter {
    /** Share of a short paragraph's characters in links above which it is a link to elsewhere. */
    private static final double LINK_LINE_DENSITY = 0.8;
    private static final int SHORT_LINE = 80;
    /** How many closing text blocks may hold the source line. */
    private static final int SOURCE_LOOKBACK = 3;
    private static final int SOURCE_MAX_CHARS = 60;

    /** How many text blocks at the start may be the standfirst repeated. */
    private static final int DEK_REACH = 3;
    /**
     * A dek is a sentence or two: a longer block, even one the page's description repeats, is the
     * story's own lead paragraph.
     */
    private static final int DEK_SENTENCES = 2;
    /** A block named like a dek but longer than this is the story's own intro. */
    private static final int MAX_DEK_CHARS = 400;

    /** The filtered body and the source line taken out of it. */
    record Result(List<Block> body, String source) {
    }

    /**
     * What the page says above its body: the headline (metadata title and the page's h1, which may
     * differ when the title carries the site's name) and the standfirst. Any may be null.
     */
    record Heads(String title, String h1, String standfirst) {
        static final Heads NONE = new Heads(null, null, null);
    }

    /** Comparison keys of {@link Heads}, made once per page. */
    private record HeadKeys(String title, String h1, String standfirst, int longest) {
        HeadKeys(Heads h) {
            this(key(h.title()), key(h.h1()), key(h.standfirst()));
        }

        HeadKeys(String title, String h1, String standfirst) {
            this(title, h1, standfirst, Math.max(Math.max(title.length(), h1.length()), standfirst.length() * 11 / 10));
        }

        /** The key of a block's text, or null when it is longer than any key it could match. */
        String keyOf(String text) {
            return key(text, longest);
        }

        boolean isHeadline(String k) {
            return k != null && (matchesHeadline(k, title) || matchesHeadline(k, h1));
        }

        private static boolean matchesHeadline(String k, String headline) {
            return !headline.isEmpty() && (k.equals(headline) || k.length() >= 20 && headline.contains(k));
        }

        /** The standfirst again, whole or as the description's cut-off start of it. */
        boolean isStandfirst(String k) {
            if (k == null || standfirst.isEmpty()) {
                return false;
            }
            return k.equals(standfirst)
                    || standfirst.length() >= 30 && k.startsWith(standfirst) && k.length() <= standfirst.length() * 11 / 10
                    || k.length() >= 30 && standfirst.startsWith(k) && k.length() >= standfirst.length() * 9 / 10;
        }
    }

    private BlockFilter() {
    }

    static Result filter(List<BlockWalker.Emitted> emitted, String title) {
        return filter(emitted, new Heads(title, null, null));
    }

    static Result filter(List<BlockWalker.Emitted> emitted, Heads heads) {
        HeadKeys keys = new HeadKeys(heads);
        List<BlockWalker.Emitted> kept = new ArrayList<>();
        boolean bodyStarted = false;
        int textBlocks = 0;
        for (BlockWalker.Emitted e : emitted) {
            Block b = e.block();
            String text = b.text();
            if (text == null || text.isEmpty()) {
                kept.add(e);
                continue;
            }
            String k = keys.keyOf(text);
            if (k != null && k.isEmpty() || isFurniture(text) || isLinkLine(b, text) || keys.isHeadline(k)) {
                continue;
            }
            if (b instanceof Heading h && h.level() == 1 && !bodyStarted) {
                continue;
            }
            if (text.length() <= SHORT_LINE && (isByline(text) || isDateLine(text)) && !endsSentence(text)) {
                continue;
            }
            boolean atStart = !bodyStarted && textBlocks < DEK_REACH;
            if (atStart && !(b instanceof Heading) && nearHeadline(e.origin())
                    && (keys.isStandfirst(k) && sentences(text) <= DEK_SENTENCES || isDek(e, text))) {
                continue;
            }
            if (atStart && b instanceof Paragraph p && text.indexOf('\n') > 0) {
                // Headline, byline and date run together by line breaks above an old page's story.
                Paragraph rest = withoutHeadLines(p, keys);
                if (rest == null) {
                    continue;
                }
                if (rest != p) {
                    e = new BlockWalker.Emitted(rest, e.origin());
                    b = rest;
                    text = rest.text();
                }
            }
            textBlocks++;
            if (b instanceof Paragraph || b instanceof Quote || b instanceof ListBlock) {
                if (text.length() >= 100) {
                    bodyStarted = true;
                }
            }
            kept.add(e);
        }
        kept = PullQuotes.drop(kept);
        String source = takeSource(kept);
        dropTrailingHeadings(kept);
        List<Block> body = new ArrayList<>(kept.size());
        for (BlockWalker.Emitted e : kept) {
            body.add(e.block());
        }
        return new Result(body, source);
    }

    static boolean isFurniture(String text) {
        if (text.length() > BoilerplateRules.MAX_FURNITURE_LINE) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT).strip();
        if (lower.indexOf('©') >= 0 || lower.contains("all rights reserved") || lower.contains("(c) 20")
                || lower.startsWith("copyright ") && lower.length() > 10 && Character.isDigit(lower.charAt(10))
                || isReproductionNotice(lower)) {
            return true;
        }
        // A short line selling a newsletter, wherever its words sit.
        if (lower.contains("newsletter") && (lower.contains("subscribe") || lower.contains("sign up")
                || lower.contains("inbox"))) {
            return true;
        }
        return BoilerplateRules.isFurnitureLine(lower);
    }

    /** How many elements before a block may stand between it and the headline. */
    private static final int HEADLINE_REACH = 4;

    /**
     * Whether the block's element follows the h1 among its siblings: a dek sits under the
     * headline, a lead paragraph that repeats the page's description sits in the story's box.
     */
    private static boolean nearHeadline(Element origin) {
        if (origin == null) {
            return false;
        }
        int steps = 0;
        for (Element sib = origin.previousElementSibling(); sib != null && steps < HEADLINE_REACH;
                sib = sib.previousElementSibling(), steps++) {
            if (sib.nameIs("h1")) {
                return true;
            }
            if (sib.childrenSize() <= 3) {
                for (Element child : sib.children()) {
                    if (child.nameIs("h1")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A short block named as a dek ("standfirst", "subtitle") above the story. */
    private static boolean isDek(BlockWalker.Emitted e, String text) {
        if (text.length() > MAX_DEK_CHARS || e.origin() == null) {
            return false;
        }
        int up = 0;
        for (Element el = e.origin(); el != null && up < 2; el = el.parent(), up++) {
            if (el.attributesSize() > 0 && (BoilerplateRules.classBits(el) & BoilerplateRules.DEK) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The paragraph without its leading lines that are the headline, standfirst, byline or date;
     * null when nothing else is left, the paragraph itself when no line goes (or links would shift).
     */
    private static Paragraph withoutHeadLines(Paragraph p, HeadKeys keys) {
        String text = p.text();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
            String k = keys.keyOf(line);
            boolean head = k != null && k.isEmpty() || keys.isHeadline(k) || keys.isStandfirst(k)
                    || line.length() <= SHORT_LINE && (isByline(line) || isDateLine(line)) && !endsSentence(line);
            if (!head) {
                break;
            }
            start = end < 0 ? text.length() : end + 1;
        }
        if (start == 0) {
            return p;
        }
        if (start >= text.length()) {
            return null;
        }
        if (!p.links().isEmpty()) {
            return p;
        }
        return new Paragraph(text.substring(start).strip());
    }

    /** "No part of this site may be reproduced without permission" and its kin. */
    private static boolean isReproductionNotice(String lower) {
        int at = lower.indexOf("reproduc");
        return at >= 0 && (lower.contains("without permission") || lower.contains("written permission")
                || lower.contains("no part of") || lower.contains("prior permission")
                || lower.startsWith("may not be", Math.max(0, at - 11)));
    }

    private static boolean isLinkLine(Block b, String text) {
        if (!(b instanceof Paragraph p) || p.links().isEmpty()) {
            return false;
        }
        int linked = 0;
        for (Link l : p.links()) {
            linked += l.end() - l.start();
        }
        return linked >= text.length() * LINK_LINE_DENSITY;
    }

    /** The words a byline opens with ({@link BoilerplateRules#BYLINE_LINE}): a check before the regex. */
    private static final Set<String> BYLINE_OPENERS = Set.of("by", "von", "par", "por", "door", "di", "av");

    private static boolean isByline(String text) {
        int space = 0;
        while (space < text.length() && space < 5 && !Character.isWhitespace(text.charAt(space))) {
            space++;
        }
        if (space == 0 || space == 5 || !BYLINE_OPENERS.contains(text.substring(0, space).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return BoilerplateRules.BYLINE_LINE.matcher(text).matches();
    }

    private static boolean isDateLine(String text) {
        if (!hasDigit(text)) {
            return false; // every form of BoilerplateRules.DATE_LINE holds a number
        }
        return BoilerplateRules.DATE_LINE.matcher(text.toLowerCase(Locale.ROOT)).matches();
    }

    private static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return (last == '.' || last == '!' || last == '?') && text.split("\\s+").length > 8;
    }

    /** Removes a syndication line among the last text blocks and returns its name. */
    private static String takeSource(List<BlockWalker.Emitted> kept) {
        int looked = 0;
        for (int i = kept.size() - 1; i >= 0 && looked < SOURCE_LOOKBACK; i--) {
            BlockWalker.Emitted e = kept.get(i);
            if (!(e.block() instanceof Paragraph p)) {
                continue;
            }
            looked++;
            String text = p.text();
            if (text.length() > SOURCE_MAX_CHARS) {
                continue;
            }
            String name = sourceName(text, e.origin());
            if (name != null) {
                kept.remove(i);
                return name;
            }
        }
        return null;
    }

    static String sourceName(String text, Element origin) {
        var m = BoilerplateRules.SOURCE_LINE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1).strip();
        boolean named = BoilerplateRules.SOURCE_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
        boolean marked = origin != null && hasSourceClass(origin);
        boolean labelled = !name.equals(text.strip()) && text.strip().toLowerCase(Locale.ROOT).matches("(?:source|sources|via|quelle|fuente|fonte)\\s*:.*");
        if (named || labelled || marked && name.split("\\s+").length <= 6 && !name.endsWith(".")) {
            return name;
        }
        return null;
    }

    private static boolean hasSourceClass(Element origin) {
        int up = 0;
        for (Element e = origin; e != null && up < 3; e = e.parent(), up++) {
            if ((BoilerplateRules.classBits(e) & BoilerplateRules.SOURCE) != 0) {
                return true;
            }
        }
        return false;
    }

    private static void dropTrailingHeadings(List<BlockWalker.Emitted> kept) {
        // A body of headings alone (a list of sections) keeps them: they are all the text there is.
        if (kept.stream().noneMatch(e -> !(e.block() instanceof Heading) && !e.block().text().isEmpty())) {
            return;
        }
        for (int i = kept.size() - 1; i >= 0; i--) {
            Block b = kept.get(i).block();
            if (b instanceof Heading) {
                kept.remove(i);
            } else if (b.text() != null && !b.text().isEmpty()) {
                return;
            }
        }
    }

    /** Sentences in a text: ends of sentence followed by a capital, plus one. */
    private static int sentences(String text) {
        int n = 1;
        for (int i = 0, len = text.length() - 2; i < len; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2))) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c > 0x7f && Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** A comparison key: letters and digits only, lower case. */
    static String key(String s) {
        return s == null ? "" : key(s, Integer.MAX_VALUE);
    }

    /**
     * The key of {@code s}, or null once it would grow past {@code limit} characters (then it equals
     * no key that long), so a long paragraph costs a short scan, not a copy.
     */
    private static String key(String s, int limit) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), limit));
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (sb.length() == limit) {
                    return null;
                }
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
