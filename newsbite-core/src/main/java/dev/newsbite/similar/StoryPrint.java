package dev.newsbite.similar;

import dev.newsbite.model.Article;
import dev.newsbite.model.Block;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A compact fingerprint of an article's story text (body paragraphs, sub-headings, lists, quotes and
 * tables: not the headline, standfirst, captions, credits or the source line), for near-duplicate
 * detection. Immutable and thread-safe.
 *
 * <p>It is a one-permutation MinHash signature ({@value PrintBuilder#HASHES} bins, 16 bits of each
 * minimum) over word shingles, with the number of distinct shingles it was made from. Two prints estimate the Jaccard resemblance J of their shingle
 * sets from the share of equal minima; with the two set sizes that also gives the overlap over the
 * smaller set (containment), which is what survives when an outlet prints only part of a story.
 * {@link #bandKeys()} cuts the signature into LSH bands, so an index finds candidates by shared keys
 * and checks them with {@link #sameStory}.
 */
public final class StoryPrint {

    /** Fewer distinct shingles than this is too little text to tell one story from another. */
    static final int MIN_SHINGLES = 12;

    /**
     * Minima per LSH band: two rows, so pairs near the decision line (J about 0.3) almost surely share
     * a band (1 - (1 - 0.3^2)^64 = 0.998); 64 bands from the first 128 minima keep the index's terms
     * few, and two 16-bit minima make a key that unrelated prints share by chance once in 2^32.
     */
    static final int BAND_ROWS = 2;
    static final int BANDS = 64;

    /**
     * The decision: estimated overlap over the smaller copy of at least this much. A reprint keeps at
     * least half of the story and loses a little more to word edits and reflowed paragraphs; a different
     * story that borrows a background paragraph from the first one holds at most about a third of it
     * (measured by {@code SyndicationEvaluationTest}: copies p1 0.55, other stories at most 0.40; with
     * 1,024 classic MinHash minima the same pairs score 0.38, so it is the text and not the estimate
     * that sets the gap).
     */
    static final double SAME_CONTAINMENT = 0.45;

    /**
     * And a resemblance of at least this much: below it the containment estimate rests on a few equal
     * minima (a brief against a long read, six times its length or more) and is too noisy to trust.
     */
    static final double MIN_RESEMBLANCE = 0.15;

    private static final byte MAGIC = 'S';
    private static final byte VERSION = 2;
    private static final int HEADER = 6;
    private static final int[] NO_SIGNATURE = new int[0];
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private final int[] minima;
    private final int shingles;
    private volatile List<String> bandKeys;

    StoryPrint(int[] minima, int shingles) {
        this.minima = minima;
        this.shingles = shingles;
    }

    static StoryPrint empty(int shingles) {
        return new StoryPrint(NO_SIGNATURE, shingles);
    }

    /** The print of an article's story text; never throws, and a null or bodiless article gives an empty print. */
    public static StoryPrint of(Article article) {
        if (article == null) {
            return new PrintBuilder().build();
        }
        List<Block> body = article.body();
        String[] texts = new String[body.size()];
        long chars = 0;
        for (int i = 0; i < texts.length; i++) {
            texts[i] = body.get(i).text(); // lists and tables join their text on each call: once is enough
            chars += texts[i] == null ? 0 : texts[i].length();
        }
        PrintBuilder builder = new PrintBuilder((int) Math.min(chars, Integer.MAX_VALUE));
        for (String text : texts) {
            if (builder.full()) {
                break;
            }
            builder.addBlock(text);
        }
        return builder.build();
    }

    /**
     * The print of story text given as plain text, blocks separated by line breaks (as
     * {@link Article#bodyText()} gives it). Null gives an empty print.
     */
    public static StoryPrint ofText(String storyText) {
        PrintBuilder builder = new PrintBuilder(storyText == null ? 0 : storyText.length());
        builder.addBlock(storyText);
        return builder.build();
    }

    /** True when there was too little text to compare: an empty print never matches anything. */
    public boolean isEmpty() {
        return minima.length == 0;
    }

    /** How many distinct shingles the print was made from (capped for huge bodies). */
    public int shingles() {
        return shingles;
    }

    /**
     * The LSH band keys: one per band, short lower-case hex strings safe as keyword terms. Two prints
     * of the same story share at least one key with high probability; an empty print has none.
     */
    public List<String> bandKeys() {
        List<String> keys = bandKeys;
        if (keys == null) {
            keys = computeBandKeys();
            bandKeys = keys;
        }
        return keys;
    }

    /**
     * The LSH band keys as numbers, one per band: the band's number in the top byte and 56 bits of its
     * hash below, so two prints share a value only when they agree on one band. For an index that keeps
     * them as numbers (points), which cost it a fraction of what nearly unique terms do. A fresh array
     * each call; empty for an empty print.
     */
    public long[] bandValues() {
        long[] values = new long[isEmpty() ? 0 : BANDS];
        for (int band = 0; band < values.length; band++) {
            values[band] = ((long) band << 56) | (bandHash(band) >>> 8);
        }
        return values;
    }

    private long bandHash(int band) {
        long h = band;
        for (int row = 0; row < BAND_ROWS; row++) {
            h = PrintBuilder.mix(h * 0x9E3779B97F4A7C15L + (minima[band * BAND_ROWS + row] & 0xFFFFFFFFL));
        }
        return h;
    }

    private List<String> computeBandKeys() {
        if (isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(BANDS);
        char[] chars = new char[14];
        for (int band = 0; band < BANDS; band++) {
            writeHex(band, 2, chars, 0);
            writeHex(bandHash(band), 12, chars, 2);
            keys.add(new String(chars));
        }
        return Collections.unmodifiableList(keys);
    }

    private static void writeHex(long value, int digits, char[] out, int at) {
        for (int i = digits - 1; i >= 0; i--) {
            out[at + i] = HEX_DIGITS[(int) (value & 0xF)];
            value >>>= 4;
        }
    }

    /** The print as bytes (6 bytes for an empty print, 518 otherwise); {@link #fromBytes} reads it back. */
    public byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(HEADER + 2 * minima.length);
        out.put(MAGIC).put(VERSION).putInt(shingles);
        for (int v : minima) {
            out.putShort((short) v);
        }
        return out.array();
    }

    /**
     * Reads a print written by {@link #toBytes}.
     *
     * @throws IllegalArgumentException when the bytes are not a print of this version
     */
    public static StoryPrint fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length < HEADER || bytes[0] != MAGIC || bytes[1] != VERSION) {
            throw new IllegalArgumentException("not a story print");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.position(2);
        int shingles = in.getInt();
        int signatureBytes = bytes.length - HEADER;
        if (shingles < 0) {
            throw new IllegalArgumentException("story print with a negative size");
        }
        if (signatureBytes == 0 && shingles < MIN_SHINGLES) {
            return empty(shingles);
        }
        if (signatureBytes != 2 * PrintBuilder.HASHES || shingles < MIN_SHINGLES) {
            throw new IllegalArgumentException("story print of the wrong length");
        }
        int[] minima = new int[PrintBuilder.HASHES];
        for (int i = 0; i < minima.length; i++) {
            minima[i] = in.getShort() & 0xFFFF;
        }
        return new StoryPrint(minima, shingles);
    }

    /** The estimated Jaccard resemblance of the two shingle sets, 0..1; 0 when either print is empty. */
    public double resemblance(StoryPrint other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < minima.length; i++) {
            if (minima[i] == other.minima[i]) {
                equal++;
            }
        }
        return equal / (double) minima.length;
    }

    /**
     * How much of the story the two prints share, 0..1: the estimated overlap of the shingle sets over
     * the smaller one (containment), so a copy that prints part of a story still scores high. 0 when
     * either print is empty.
     */
    public double similarity(StoryPrint other) {
        return containment(resemblance(other), other);
    }

    private double containment(double j, StoryPrint other) {
        if (j == 0) {
            return 0;
        }
        // |A∩B| = J(|A|+|B|)/(1+J)
        double overlap = j * (shingles + other.shingles) / (1 + j);
        return Math.min(1.0, overlap / Math.min(shingles, other.shingles));
    }

    /** The tuned decision: true when the two prints are copies of one story (see the thresholds above). */
    public boolean sameStory(StoryPrint other) {
        double j = resemblance(other);
        return j >= MIN_RESEMBLANCE && containment(j, other) >= SAME_CONTAINMENT;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoryPrint p && p.shingles == shingles && Arrays.equals(p.minima, minima);
    }

    @Override
    public int hashCode() {
        return 31 * shingles + Arrays.hashCode(minima);
    }

    @Override
    public String toString() {
        return isEmpty() ? "StoryPrint[empty]" : "StoryPrint[" + shingles + " shingles]";
    }
}
