package dev.newsbite.bite;

import java.util.Arrays;

/**
 * The distinct terms of one article ({@link Terms}: lower case), each with an id in order of first
 * appearance, and which of them the headline and the standfirst hold. Every term of every sentence
 * goes through it, so a term is looked up straight from the paragraph's characters, by the hash the
 * scan worked out as it read them, and a new term's characters are appended to one character pool:
 * no string is made for a term (a few hundred an article, each an allocation or two).
 */
final class TermTable {
    static final int TITLE = 1;
    static final int STANDFIRST = 2;

    /** Open addressing: 1 + the id of the term in the slot, 0 for none. */
    private int[] slots = new int[1024];
    /** The terms' characters, one after the other: term {@code id} is {@code pool[starts[id], starts[id + 1])}. */
    private char[] pool = new char[2048];
    private int[] starts = new int[513];
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
            if (hashes[id] == hash && same(id, term)) {
                return id;
            }
        }
        int at = reserve(term.length());
        term.getChars(0, term.length(), pool, at);
        return add(s, hash, at + term.length());
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
            if (hashes[id] == lowerHash && sameLower(id, text, start, end)) {
                return id;
            }
        }
        int at = reserve(end - start);
        for (int k = start; k < end; k++) {
            pool[at++] = lower(text[k]);
        }
        return add(s, lowerHash, at);
    }

    /** The id of {@code text[start, end)} as it stands (an ideograph), given the next one when new. */
    int internAsIs(char[] text, int start, int end) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            hash = 31 * hash + text[k];
        }
        int mask = slots.length - 1;
        int s = spread(hash) & mask;
        for (; slots[s] != 0; s = (s + 1) & mask) {
            int id = slots[s] - 1;
            if (hashes[id] == hash && Arrays.equals(pool, starts[id], starts[id + 1], text, start, end)) {
                return id;
            }
        }
        int at = reserve(end - start);
        System.arraycopy(text, start, pool, at, end - start);
        return add(s, hash, at + end - start);
    }

    /** The id of a term, or -1 when the article never gave it one. */
    int get(String term) {
        int hash = term.hashCode();
        int mask = slots.length - 1;
        for (int s = spread(hash) & mask; slots[s] != 0; s = (s + 1) & mask) {
            int id = slots[s] - 1;
            if (hashes[id] == hash && same(id, term)) {
                return id;
            }
        }
        return -1;
    }

    /** The term of an id. */
    String term(int id) {
        return new String(pool, starts[id], starts[id + 1] - starts[id]);
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

    /** Room for a new term of {@code length} characters at the pool's end; returns where it goes. */
    private int reserve(int length) {
        int at = starts[size];
        if (pool.length - at < length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, at + length));
        }
        return at;
    }

    /** The new term ends at {@code end} in the pool. */
    private int add(int slot, int hash, int end) {
        if (size == hashes.length) {
            starts = Arrays.copyOf(starts, size * 2 + 1);
            hashes = Arrays.copyOf(hashes, size * 2);
            flags = Arrays.copyOf(flags, size * 2);
        }
        int id = size++;
        starts[size] = end;
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

    private boolean same(int id, String term) {
        int start = starts[id];
        if (starts[id + 1] - start != term.length()) {
            return false;
        }
        for (int k = 0; k < term.length(); k++) {
            if (pool[start + k] != term.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameLower(int id, char[] text, int start, int end) {
        int at = starts[id];
        if (starts[id + 1] - at != end - start) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (pool[at++] != lower(text[k])) {
                return false;
            }
        }
        return true;
    }
}
