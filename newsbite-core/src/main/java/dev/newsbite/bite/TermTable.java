package dev.newsbite.bite;

import java.util.Arrays;
import java.util.Locale;

/**
 * The distinct terms of one article ({@link Terms}: lower case), each with an id in order of first
 * appearance, and which of them the headline and the standfirst hold. Every term of every sentence
 * goes through it, so a term written in ASCII is looked up straight from the paragraph's characters,
 * by the hash the scan worked out as it read them: a string is made only for a term seen for the
 * first time.
 */
final class TermTable {
    static final int TITLE = 1;
    static final int STANDFIRST = 2;

    /** Open addressing: 1 + the id of the term in the slot, 0 for none. */
    private int[] slots = new int[1024];
    private String[] terms = new String[512];
    private int[] hashes = new int[512];
    private byte[] flags = new byte[512];
    private int size;

    int size() {
        return size;
    }

    /** The id of a term (already in its final form), given the next one when it is new. */
    int intern(String term) {
        int hash = term.hashCode();
        int mask = slots.length - 1;
        int s = spread(hash) & mask;
        for (; slots[s] != 0; s = (s + 1) & mask) {
            int id = slots[s] - 1;
            if (hashes[id] == hash && terms[id].equals(term)) {
                return id;
            }
        }
        return add(s, term, hash);
    }

    /**
     * The id of {@code text[start, end)}, all ASCII, lower-cased, given the next one when new;
     * {@code lowerHash} is the {@link String#hashCode} of its lower-case form.
     */
    int internAscii(char[] text, int start, int end, int lowerHash) {
        int mask = slots.length - 1;
        int s = spread(lowerHash) & mask;
        for (; slots[s] != 0; s = (s + 1) & mask) {
            int id = slots[s] - 1;
            if (hashes[id] == lowerHash && sameLower(terms[id], text, start, end)) {
                return id;
            }
        }
        return add(s, new String(text, start, end - start).toLowerCase(Locale.ROOT), lowerHash);
    }

    /** The id of a term, or -1 when the article never gave it one. */
    int get(String term) {
        int hash = term.hashCode();
        int mask = slots.length - 1;
        for (int s = spread(hash) & mask; slots[s] != 0; s = (s + 1) & mask) {
            int id = slots[s] - 1;
            if (hashes[id] == hash && terms[id].equals(term)) {
                return id;
            }
        }
        return -1;
    }

    /** Each term's {@link String#hashCode}, by id (the first {@link #size()} places). */
    int[] hashes() {
        return hashes;
    }

    /** Notes that the headline or standfirst ({@link #TITLE}, {@link #STANDFIRST}) holds this term. */
    void mark(String term, int flag) {
        int id = intern(term);
        flags[id] |= (byte) flag;
    }

    /** The {@link #TITLE} and {@link #STANDFIRST} marks of a term. */
    int flags(int id) {
        return flags[id];
    }

    boolean has(int id, int flag) {
        return (flags[id] & flag) != 0;
    }

    private int add(int slot, String term, int hash) {
        if (size == terms.length) {
            terms = Arrays.copyOf(terms, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            flags = Arrays.copyOf(flags, size * 2);
        }
        int id = size++;
        terms[id] = term;
        hashes[id] = hash;
        slots[slot] = id + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int s = spread(hashes[id]) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = id + 1;
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static boolean sameLower(String term, char[] text, int start, int end) {
        if (term.length() != end - start) {
            return false;
        }
        for (int k = 0; k < term.length(); k++) {
            if (term.charAt(k) != lower(text[start + k])) {
                return false;
            }
        }
        return true;
    }
}
