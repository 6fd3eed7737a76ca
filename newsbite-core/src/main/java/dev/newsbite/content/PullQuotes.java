package dev.newsbite.content;

import dev.newsbite.model.Block;
import dev.newsbite.model.Embed;
import dev.newsbite.model.Paragraph;
import dev.newsbite.model.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * A pull quote repeats a line of the story in large type. When a page does not name it as one,
 * it reaches the body as a {@link Quote} whose every phrase is already in the paragraphs: read
 * twice, it is not more of the story. A quote that brings words of its own (a quoted letter, a
 * post) stays.
 */
final class PullQuotes {
    /** Longer quotes are passages, not pull quotes. */
    static final int MAX_PULL_QUOTE_CHARS = 400;
    /** Phrases shorter than this many words are too common to prove a repeat ("she said"). */
    private static final int MIN_PHRASE_WORDS = 3;
    /** At least this many of the quote's words must be found again, in phrases that long. */
    private static final int MIN_REPEATED_WORDS = 6;
    /** Share of the quote's words that must be in repeated phrases. */
    private static final double MIN_REPEATED_SHARE = 0.8;

    /** Quotes checked per page: each check scans the paragraphs, so a page of thousands stays bounded. */
    private static final int MAX_CHECKED_QUOTES = 40;

    private PullQuotes() {
    }

    /** {@code kept} without the quotes that repeat its paragraphs. */
    static List<BlockWalker.Emitted> drop(List<BlockWalker.Emitted> kept) {
        boolean any = false;
        for (BlockWalker.Emitted e : kept) {
            if (isCandidate(e.block())) {
                any = true;
                break;
            }
        }
        if (!any) {
            return kept;
        }
        StringBuilder paragraphs = new StringBuilder(" ");
        for (BlockWalker.Emitted e : kept) {
            if (e.block() instanceof Paragraph p) {
                words(p.text(), paragraphs, false);
                paragraphs.append("| ");
            }
        }
        String body = paragraphs.toString();
        List<BlockWalker.Emitted> out = new ArrayList<>(kept.size());
        int checked = 0;
        for (int i = 0; i < kept.size(); i++) {
            BlockWalker.Emitted e = kept.get(i);
            // A quoted post (its Embed follows) is the post's own words, even when the story retells them.
            boolean post = i + 1 < kept.size() && kept.get(i + 1).block() instanceof Embed;
            if (post || !isCandidate(e.block()) || checked++ >= MAX_CHECKED_QUOTES
                    || !repeats(e.block().text(), body)) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean isCandidate(Block b) {
        return b instanceof Quote q && q.text().length() <= MAX_PULL_QUOTE_CHARS;
    }

    /** Whether the phrases of {@code quote} of a few words each are all in {@code body}, and most of it. */
    static boolean repeats(String quote, String body) {
        StringBuilder phrases = new StringBuilder();
        words(quote, phrases, true);
        int total = 0;
        int repeated = 0;
        for (String phrase : phrases.toString().split("\\|")) {
            String p = phrase.strip();
            if (p.isEmpty()) {
                continue;
            }
            int n = p.split(" ").length;
            total += n;
            if (n < MIN_PHRASE_WORDS) {
                continue;
            }
            if (!body.contains(" " + p + " ")) {
                return false;
            }
            repeated += n;
        }
        return repeated >= MIN_REPEATED_WORDS && repeated >= total * MIN_REPEATED_SHARE;
    }

    /**
     * Appends the words of {@code text}, lower-cased, one space apart, apostrophes dropped; other
     * punctuation ends a phrase ("|") when {@code phrases}, else it is a space.
     */
    private static void words(String text, StringBuilder out, boolean phrases) {
        boolean space = out.length() == 0 || out.charAt(out.length() - 1) == ' ';
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (c == '\'' || c == '\u2019') {
                continue;
            } else if (Character.isWhitespace(c)) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else if (phrases) {
                out.append(space ? "| " : " | ");
                space = true;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        if (!space) {
            out.append(' ');
        }
    }
}
