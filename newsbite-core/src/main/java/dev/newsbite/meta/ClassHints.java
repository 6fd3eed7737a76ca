package dev.newsbite.meta;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What class names and ids say about an element: a byline, or a standfirst (dek). Every element of
 * the page may be asked, so the common test is a single pass over the name, without regexes.
 */
final class ClassHints {
    /** Words that contain a byline hint but are no byline. */
    private static final String[] BYLINE_FALSE_FRIENDS = {"authoriz", "authoris", "authorit"};
    /** Parts of a byline block that are not the byline: avatars, bios, follow buttons. */
    private static final Pattern NOT_BYLINE = Pattern.compile(
            "avatar|photo|image|img|bio|follow|social|share|twitter|comment|about-author|author-info|more-by",
            Pattern.CASE_INSENSITIVE);
    /** Class or id words that name a dek: any part of a name ("c-entry-summary", "standfirst--big"). */
    private static final String[] STANDFIRST_PARTS = {"standfirst", "subtitle", "subheadline", "sub-headline",
        "subhead", "sub-head", "strapline", "excerpt", "summary"};
    /** ... and short ones that must stand as a whole word of the name ("p-dek", "lede"). */
    private static final String[] STANDFIRST_WORDS = {"dek", "deck", "lede", "intro", "teaser"};

    private ClassHints() {
    }

    /**
     * Whether the name holds one of Readability's byline hints (byline, author, dateline, writtenby), or
     * one of Drupal's author fields (field--name-uid, node__meta, node__submitted), any case.
     */
    static boolean byline(String name) {
        int n = name.length();
        for (int i = 0; i < n; i++) {
            // ASCII letters lower-cased by one bit; no other character turns into one that way
            String hint;
            switch (name.charAt(i) | 0x20) {
                case 'b' -> hint = "byline";
                case 'a' -> hint = "author";
                case 'd' -> hint = "dateline";
                case 'w' -> hint = "writtenby";
                // Drupal prints the node's author as its uid field, inside the node's meta line
                case 'f' -> hint = "field--name-uid";
                case 'n' -> hint = name.regionMatches(true, i, "node__m", 0, 7) ? "node__meta" : "node__submitted";
                default -> {
                    continue;
                }
            }
            if (startsWithLower(name, i, hint) && !falseFriend(name, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} holds the lower-case ASCII {@code hint} at {@code at}, ignoring case. */
    private static boolean startsWithLower(String name, int at, String hint) {
        int len = hint.length();
        if (at + len > name.length()) {
            return false;
        }
        for (int j = 1; j < len; j++) {
            char c = name.charAt(at + j);
            if (c != hint.charAt(j) && (c | 0x20) != hint.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the name marks a part of a byline block that holds no byline (an avatar, a bio). */
    static boolean notByline(String name) {
        return !name.isEmpty() && NOT_BYLINE.matcher(name).find();
    }

    /** Whether the name marks a standfirst. */
    static boolean standfirst(String name) {
        if (name.isEmpty()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String part : STANDFIRST_PARTS) {
            if (lower.contains(part)) {
                return true;
            }
        }
        for (String word : STANDFIRST_WORDS) {
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                int end = at + word.length();
                if ((at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                        && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean falseFriend(String name, int at) {
        for (String f : BYLINE_FALSE_FRIENDS) {
            if (name.regionMatches(true, at, f, 0, f.length())) {
                return true;
            }
        }
        return false;
    }
}
