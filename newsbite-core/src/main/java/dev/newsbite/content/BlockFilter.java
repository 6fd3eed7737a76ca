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

    /** The filtered body and the source line taken out of it. */
    record Result(List<Block> body, String source) {
    }

    private BlockFilter() {
    }

    static Result filter(List<BlockWalker.Emitted> emitted, String title) {
        String titleKey = key(title);
        List<BlockWalker.Emitted> kept = new ArrayList<>();
        boolean bodyStarted = false;
        for (BlockWalker.Emitted e : emitted) {
            Block b = e.block();
            String text = b.text();
            if (text == null || text.isEmpty()) {
                kept.add(e);
                continue;
            }
            String k = key(text);
            if (k.isEmpty() || isFurniture(text) || isLinkLine(b, text)
                    || !titleKey.isEmpty() && (k.equals(titleKey) || k.length() >= 20 && titleKey.contains(k))) {
                continue;
            }
            if (b instanceof Heading h && h.level() == 1 && !bodyStarted) {
                continue;
            }
            if (text.length() <= SHORT_LINE && (isByline(text) || isDateLine(text)) && !endsSentence(text)) {
                continue;
            }
            if (b instanceof Paragraph || b instanceof Quote || b instanceof ListBlock) {
                if (text.length() >= 100) {
                    bodyStarted = true;
                }
            }
            kept.add(e);
        }
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
        if (lower.indexOf('©') >= 0 || lower.contains("all rights reserved") || lower.contains("(c) 20")) {
            return true;
        }
        // A short line selling a newsletter, wherever its words sit.
        if (lower.contains("newsletter") && (lower.contains("subscribe") || lower.contains("sign up")
                || lower.contains("inbox"))) {
            return true;
        }
        return BoilerplateRules.FURNITURE_LINE.matcher(lower).matches();
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

    private static boolean isByline(String text) {
        return BoilerplateRules.BYLINE_LINE.matcher(text).matches();
    }

    private static boolean isDateLine(String text) {
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

    /** A comparison key: letters and digits only, lower case. */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
