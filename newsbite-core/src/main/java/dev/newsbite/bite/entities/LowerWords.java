package dev.newsbite.bite.entities;

import dev.newsbite.bite.Letters;
import java.util.Arrays;
import java.util.List;

/**
 * Whether the article writes a word in lower case somewhere ("storm" makes a sentence-initial
 * "Storm" a common word). The words are collected once, when the first sentence start asks, as
 * places in the paragraphs in a hash table of their own: only a few words are ever asked about, so
 * cutting every lower-case word of the article out as a string would be wasted.
 */
final class LowerWords {
    private final List<String> paragraphs;
    /** Per word: its paragraph, start, end and hash, four ints in a row. */
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
        for (int p = 0; p < paragraphs.size(); p++) {
            char[] text = paragraphs.get(p).toCharArray(); // no per-character coder and bounds checks
            int n = text.length;
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
                    add(p, start, i, hash);
                }
            }
        }
        int size = Integer.highestOneBit(Math.max(4, count * 2)) * 2;
        slots = new int[size];
        for (int k = 0; k < count; k++) {
            int s = mix(words[k * 4 + 3]) & (size - 1);
            while (slots[s] != 0 && !same(slots[s] - 1, k)) {
                s = (s + 1) & (size - 1);
            }
            if (slots[s] == 0) { // a word written many times takes one slot
                slots[s] = k + 1;
            }
        }
    }

    private boolean same(int a, int b) {
        int wa = a * 4;
        int wb = b * 4;
        int length = words[wa + 2] - words[wa + 1];
        return words[wa + 3] == words[wb + 3] && length == words[wb + 2] - words[wb + 1]
                && paragraphs.get(words[wa]).regionMatches(words[wa + 1], paragraphs.get(words[wb]), words[wb + 1], length);
    }

    private void add(int paragraph, int start, int end, int hash) {
        if ((count + 1) * 4 > words.length) {
            words = Arrays.copyOf(words, words.length * 2);
        }
        int w = count * 4;
        words[w] = paragraph;
        words[w + 1] = start;
        words[w + 2] = end;
        words[w + 3] = hash;
        count++;
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16) * 0x45d9f3b;
    }
}
