package dev.newsbite.similar;

import java.util.SplittableRandom;

/**
 * Turns story text into a MinHash signature, one block (paragraph, sub-heading, list item) at a time.
 *
 * <p>Words are runs of letters and digits, lower-cased; each ideograph or kana is a word of its own, so
 * text without spaces still has words. Shingles are {@link #SHINGLE_WORDS} consecutive words inside one
 * block: they never cross a block boundary, so a dropped or moved paragraph changes only its own
 * shingles. A block shorter than a shingle but with at least {@link #SHORT_BLOCK_WORDS} words (a
 * sub-heading) is one shingle. Hashes are built from the characters as they stream by: no String per
 * word or shingle. Work is bounded: at most {@link #MAX_CHARS} characters and
 * {@link #MAX_SHINGLES} distinct shingles are read; the rest of a huge body is not needed to tell
 * whether two stories are one.
 *
 * <p>Not thread-safe; one builder makes one print.
 */
final class PrintBuilder {

    static final int SHINGLE_WORDS = 4;
    static final int SHORT_BLOCK_WORDS = 3;
    static final int HASHES = 128;
    static final int MAX_SHINGLES = 4_000;
    static final int MAX_CHARS = 200_000;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** Multiply-shift hash family: row {@code i} maps a shingle hash h to the top 32 bits of a*h + b. */
    private static final long[] MULTIPLIERS = new long[HASHES];
    private static final long[] ADDENDS = new long[HASHES];

    static {
        SplittableRandom random = new SplittableRandom(0x5702_1e5_7041L);
        for (int i = 0; i < HASHES; i++) {
            MULTIPLIERS[i] = random.nextLong() | 1L;
            ADDENDS[i] = random.nextLong();
        }
    }

    private final long[] ring = new long[SHINGLE_WORDS];
    private final int[] mins = new int[HASHES];
    private long[] seen = new long[256];
    private int distinct;
    private int chars;
    private int blockWords;
    private long word = FNV_OFFSET;
    private boolean inWord;

    PrintBuilder() {
        java.util.Arrays.fill(mins, -1); // unsigned maximum
    }

    /** True once enough has been read: later text is ignored. */
    boolean full() {
        return distinct >= MAX_SHINGLES || chars >= MAX_CHARS;
    }

    /** Reads one block's text; a newline inside it also ends a block. */
    void addBlock(CharSequence text) {
        if (text == null) {
            return;
        }
        int length = Math.min(text.length(), MAX_CHARS - chars);
        int i = 0;
        while (i < length && !full()) {
            char c = text.charAt(i++);
            int cp = c;
            if (Character.isHighSurrogate(c) && i < length && Character.isLowSurrogate(text.charAt(i))) {
                cp = Character.toCodePoint(c, text.charAt(i++));
            }
            if (cp == '\n' || cp == '\r') {
                endBlock();
            } else if (cp < 0x80) {
                if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                    extendWord(cp);
                } else if (cp >= 'A' && cp <= 'Z') {
                    extendWord(cp + ('a' - 'A'));
                } else {
                    endWord();
                }
            } else if (isWordOnItsOwn(cp)) {
                endWord();
                extendWord(cp);
                endWord();
            } else if (Character.isLetterOrDigit(cp)) {
                extendWord(Character.toLowerCase(cp));
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                endWord();
            }
        }
        chars += length;
        endBlock();
    }

    StoryPrint build() {
        if (distinct < StoryPrint.MIN_SHINGLES) {
            return StoryPrint.empty(distinct);
        }
        return new StoryPrint(mins.clone(), distinct);
    }

    private static boolean isWordOnItsOwn(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        if (Character.isIdeographic(cp)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    private void extendWord(int cp) {
        word = (word ^ cp) * FNV_PRIME;
        inWord = true;
    }

    private void endWord() {
        if (!inWord) {
            return;
        }
        ring[blockWords % SHINGLE_WORDS] = mix(word);
        blockWords++;
        word = FNV_OFFSET;
        inWord = false;
        if (blockWords >= SHINGLE_WORDS) {
            addShingle(SHINGLE_WORDS);
        }
    }

    private void endBlock() {
        endWord();
        if (blockWords >= SHORT_BLOCK_WORDS && blockWords < SHINGLE_WORDS) {
            addShingle(blockWords);
        }
        blockWords = 0;
    }

    /** Adds the shingle of the last {@code words} words, if it was not seen before. */
    private void addShingle(int words) {
        long h = words;
        for (int j = blockWords - words; j < blockWords; j++) {
            h = h * GOLDEN + ring[j % SHINGLE_WORDS];
        }
        h = mix(h);
        if (!remember(h)) {
            return;
        }
        for (int i = 0; i < HASHES; i++) {
            int v = (int) ((MULTIPLIERS[i] * h + ADDENDS[i]) >>> 32);
            if (Integer.compareUnsigned(v, mins[i]) < 0) {
                mins[i] = v;
            }
        }
    }

    /** Open-addressing set of shingle hashes; true when {@code h} is new. */
    private boolean remember(long h) {
        long key = h == 0 ? 1 : h;
        int mask = seen.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (seen[slot] != 0) {
            if (seen[slot] == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        seen[slot] = key;
        distinct++;
        if (distinct * 2 > seen.length) {
            grow();
        }
        return true;
    }

    private void grow() {
        long[] old = seen;
        seen = new long[old.length * 2];
        int mask = seen.length - 1;
        for (long key : old) {
            if (key != 0) {
                int slot = (int) (key ^ (key >>> 32)) & mask;
                while (seen[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                seen[slot] = key;
            }
        }
    }

    /** Stafford's variant 13 of the MurmurHash3 finalizer: every input bit moves every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
