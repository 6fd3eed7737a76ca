package dev.newsbite.bite.entities;

import dev.newsbite.bite.Letters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the article writes a word in lower case somewhere ("storm" makes a sentence-initial
 * "Storm" a common word). Most articles ask about a dozen words or fewer, so the first
 * {@value #SEARCHES} are looked for in the text itself (a string search, much quicker than reading
 * every word); an article that asks about more has its lower-case words gathered once, as places in
 * the paragraphs in a hash table of their own, so the work stays linear in the text whatever the
 * article. A word the article repeats takes one entry (its first place), so the table holds the
 * article's vocabulary, not its length.
 */
final class LowerWords {
    /** Words looked for one by one before the whole article is read into the table. */
    static final int SEARCHES = 16;

    private final List<String> paragraphs;
    /** The answers found by search, until the table is built. */
    private Map<String, Boolean> searched;
    /** Per distinct word: its paragraph, start, end and hash, four ints in a row. */
    private int[] words;
    private int count;
    /** Open addressing: 1 + the word's index, 0 for an empty slot. */
    private int[] slots;

    LowerWords(List<String> paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** Whether some word of the article, as written, is {@code lower}. */
    boolean contains(String lower) {
        if (slots == null) {
            if (searched == null) {
                searched = new HashMap<>();
            }
            Boolean known = searched.get(lower);
            if (known != null) {
                return known;
            }
            if (searched.size() < SEARCHES) {
                boolean found = search(lower);
                searched.put(lower, found);
                return found;
            }
            collect();
        }
        int hash = lower.hashCode();
        int mask = slots.length - 1;
        for (int s = mix(hash) & mask; slots[s] != 0; s = (s + 1) & mask) {
            int w = (slots[s] - 1) * 4;
            if (words[w + 3] == hash && words[w + 2] - words[w + 1] == lower.length()
                    && paragraphs.get(words[w]).startsWith(lower, words[w + 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code lower} stands in the text as {@link #collect()} gathers words: a whole run of
     * letters, starting with a lower-case one, after no letter or digit.
     */
    private boolean search(String lower) {
        int length = lower.length();
        if (length == 0 || !Letters.isLowerCase(lower.charAt(0))) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (!Letters.isLetter(lower.charAt(k))) {
                return false;
            }
        }
        for (String p : paragraphs) {
            for (int at = p.indexOf(lower); at >= 0; at = p.indexOf(lower, at + 1)) {
                if ((at == 0 || !Letters.isLetterOrDigit(p.charAt(at - 1)))
                        && (at + length == p.length() || !Letters.isLetter(p.charAt(at + length)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every word that starts with a lower-case letter: a run of letters after no letter or digit. */
    private void collect() {
        words = new int[256];
        slots = new int[256];
        int longest = 0;
        for (String p : paragraphs) {
            longest = Math.max(longest, p.length());
        }
        char[] text = new char[longest]; // one buffer for all paragraphs: no per-character coder and bounds checks
        for (int p = 0; p < paragraphs.size(); p++) {
            String paragraph = paragraphs.get(p);
            int n = paragraph.length();
            paragraph.getChars(0, n, text, 0);
            int i = 0;
            while (i < n) {
                char c = text[i];
                if (!Letters.isLetter(c)) {
                    i++;
                    continue;
                }
                int start = i;
                int hash = 0;
                while (i < n && Letters.isLetter(text[i])) {
                    hash = 31 * hash + text[i]; // String.hashCode's, so a query hashes alike
                    i++;
                }
                if (Letters.isLowerCase(c) && (start == 0 || !Letters.isLetterOrDigit(text[start - 1]))) {
                    add(p, start, i, hash, text);
                }
            }
        }
    }

    /** Adds a word unless the table has it already. */
    private void add(int paragraph, int start, int end, int hash, char[] text) {
        int mask = slots.length - 1;
        int s = mix(hash) & mask;
        for (; slots[s] != 0; s = (s + 1) & mask) {
            int w = (slots[s] - 1) * 4;
            if (words[w + 3] == hash && words[w + 2] - words[w + 1] == end - start
                    && sameAs(paragraphs.get(words[w]), words[w + 1], text, start, end)) {
                return; // a word written many times takes one entry
            }
        }
        if ((count + 1) * 4 > words.length) {
            words = Arrays.copyOf(words, words.length * 2);
        }
        int w = count * 4;
        words[w] = paragraph;
        words[w + 1] = start;
        words[w + 2] = end;
        words[w + 3] = hash;
        slots[s] = ++count;
        if (count * 2 > slots.length) {
            rehash();
        }
    }

    private static boolean sameAs(String stored, int from, char[] text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (stored.charAt(from + k - start) != text[k]) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int k = 0; k < count; k++) {
            int s = mix(words[k * 4 + 3]) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = k + 1;
        }
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16) * 0x45d9f3b;
    }
}
