package dev.newsbite.bite.entities;

import dev.newsbite.bite.Letters;
import java.util.Arrays;
import java.util.List;

/**
 * Whether the article writes a word in lower case somewhere ("storm" makes a sentence-initial
 * "Storm" a common word). The words are collected once, when the first sentence start asks, as
 * places in the paragraphs in a hash table of their own: only a few words are ever asked about, so
 * cutting every lower-case word of the article out as a string would be wasted. A word the article
 * repeats takes one entry (its first place), so the table holds the article's vocabulary, not its
 * length, and is filled in the one pass that finds the words.
 */
final class LowerWords {
    private final List<String> paragraphs;
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
