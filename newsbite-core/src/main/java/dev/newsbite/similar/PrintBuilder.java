package dev.newsbite.similar;

/**
 * Turns story text into a one-permutation MinHash signature ({@link #HASHES} bins, densified), one
 * block (paragraph, sub-heading, list item) at a time.
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

    /**
     * Four words: a changed word costs four shingles, and phrases shared by different stories ("said
     * in a statement", a name with a title) rarely reach four words. Three and five score the same on
     * the fixture set; over the benchmark pages (all different stories) the closest two score 0.32 with
     * three, 0.27 with four, 0.35 with five (two press releases of one company, two outlets' stories on
     * one earnings day): all well under the 0.45 line.
     */
    static final int SHINGLE_WORDS = 4;
    static final int SHORT_BLOCK_WORDS = 3;
    static final int HASHES = 256;
    static final int MAX_SHINGLES = 4_000;
    static final int MAX_CHARS = 200_000;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    /** A bin no shingle fell in (a real minimum equal to it is a 2^-32 chance, and only costs accuracy). */
    private static final int EMPTY = Integer.MAX_VALUE;
    private static final int BIN_SHIFT = Long.numberOfLeadingZeros(HASHES - 1); // HASHES is a power of two

    /**
     * For each ASCII character, the lower-case character it adds to a word, or 0 when it ends one: one
     * load instead of three range tests, for the characters nearly all story text is made of.
     */
    private static final byte[] ASCII_WORD_CHAR = new byte[0x80];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_WORD_CHAR[c] = (byte) c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_WORD_CHAR[c] = (byte) c;
            ASCII_WORD_CHAR[c - 'a' + 'A'] = (byte) c;
        }
    }

    private final long[] ring = new long[SHINGLE_WORDS];
    private final int[] mins = new int[HASHES];
    private long[] seen;
    private int distinct;
    private int chars;
    private int blockWords;

    PrintBuilder() {
        this(0);
    }

    /**
     * A builder for about {@code expectedChars} of text: the set of shingles seen starts large enough
     * for them (a word is about six characters), so it does not grow and rehash along the way.
     */
    PrintBuilder(int expectedChars) {
        java.util.Arrays.fill(mins, EMPTY);
        int expectedShingles = Math.min(MAX_SHINGLES, Math.min(expectedChars, MAX_CHARS) / 6);
        seen = new long[Math.max(256, Integer.highestOneBit(Math.max(1, expectedShingles * 2)) * 2)];
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
        // The word being read is kept in locals: this loop runs once per character of every story.
        long word = FNV_OFFSET;
        boolean inWord = false;
        int i = 0;
        // chars does not change inside the loop (and length already stops at MAX_CHARS), so only the
        // number of distinct shingles can make the builder full on the way.
        while (i < length && distinct < MAX_SHINGLES) {
            char c = text.charAt(i++);
            if (c < 0x80) {
                int lower = ASCII_WORD_CHAR[c];
                if (lower != 0) {
                    word = (word ^ lower) * FNV_PRIME;
                    inWord = true;
                } else {
                    if (inWord) {
                        wordEnded(word);
                        word = FNV_OFFSET;
                        inWord = false;
                    }
                    if (c == '\n' || c == '\r') {
                        endBlock();
                    }
                }
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i < length && Character.isLowSurrogate(text.charAt(i))) {
                cp = Character.toCodePoint(c, text.charAt(i++));
            }
            if (isWordOnItsOwn(cp)) {
                if (inWord) {
                    wordEnded(word);
                    word = FNV_OFFSET;
                    inWord = false;
                }
                wordEnded((FNV_OFFSET ^ cp) * FNV_PRIME);
            } else if (Character.isLetterOrDigit(cp)) {
                word = (word ^ Character.toLowerCase(cp)) * FNV_PRIME;
                inWord = true;
            } else if (inWord && Character.getType(cp) != Character.NON_SPACING_MARK) {
                wordEnded(word);
                word = FNV_OFFSET;
                inWord = false;
            }
        }
        chars += length;
        if (inWord) {
            wordEnded(word);
        }
        endBlock();
    }

    StoryPrint build() {
        if (distinct < StoryPrint.MIN_SHINGLES) {
            return StoryPrint.empty(distinct);
        }
        return new StoryPrint(densified(), distinct);
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

    /** A word of the current block ended, with this hash of its lower-case characters. */
    private void wordEnded(long wordHash) {
        ring[blockWords % SHINGLE_WORDS] = mix(wordHash);
        blockWords++;
        if (blockWords >= SHINGLE_WORDS) {
            addShingle(SHINGLE_WORDS);
        }
    }

    private void endBlock() {
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
        // One-permutation MinHash: the top bits pick the bin, the low 32 bits compete in it. One hash
        // per shingle instead of one per minimum.
        int bin = (int) (h >>> BIN_SHIFT);
        mins[bin] = Math.min(mins[bin], (int) h);
    }

    /**
     * Fills each empty bin from a non-empty one chosen by a fixed hash of the empty bin's index and a
     * try counter ("optimal densification", Shrivastava 2017): two texts whose shingles left the same
     * bins empty fill them alike, so equal minima still estimate the resemblance without bias.
     */
    private int[] densified() {
        int[] out = mins.clone();
        for (int i = 0; i < HASHES; i++) {
            if (mins[i] != EMPTY) {
                continue;
            }
            // Bounded: with at least MIN_SHINGLES bins filled a few tries find one.
            for (long attempt = 1; attempt < 1 << 16; attempt++) {
                int from = (int) (mix(i * GOLDEN + attempt) >>> BIN_SHIFT);
                if (mins[from] != EMPTY) {
                    out[i] = mins[from];
                    break;
                }
            }
        }
        // b-bit MinHash: 16 bits of each minimum keep two unequal ones apart but for a 1 in 65,536
        // chance, and halve the print.
        for (int i = 0; i < HASHES; i++) {
            out[i] &= 0xFFFF;
        }
        return out;
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
