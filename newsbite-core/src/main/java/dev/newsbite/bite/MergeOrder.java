package dev.newsbite.bite;

/**
 * The order in which a fresh {@link java.util.HashMap} iterates its keys after being filled by one
 * {@link java.util.HashMap#merge} per key occurrence, worked out from the keys' hashes alone. The
 * summary's headline weights were summed in that order, and a floating-point sum depends on its
 * order: working the order out keeps the sum to the last bit without building a map of strings
 * for every article.
 *
 * <p>What it models (the map's documented-by-source behaviour, pinned by {@code MergeOrderTest}
 * against the running JDK's map): the table starts at 16 buckets when the first merge comes and
 * doubles before a merge finds more keys than three quarters of its buckets; a key's bucket is
 * its hash with the high half folded into the low, masked; merge puts a new key at the head of its
 * bucket, and doubling keeps each bucket's order, so a bucket lists its keys newest first. A
 * bucket that would grow to eight keys makes the map change its layout (a tree, or an early
 * doubling): then there is no answer and the caller builds the map.
 */
final class MergeOrder {
    /** Beyond this many merges the caller builds the map (the work here grows with the square). */
    static final int MAX_MERGES = 256;
    private static final int FIRST_CAPACITY = 16;
    /** A bucket holding this many keys when one more comes in makes the map treeify it. */
    private static final int TREEIFY_AT = 7;

    private MergeOrder() {
    }

    /**
     * The distinct keys in iteration order, or null where the map's layout is not modelled.
     *
     * @param keys each merge's key as an int (equal keys, equal ints), in merge order
     * @param count how many of {@code keys} to read
     * @param hashes each key's {@link Object#hashCode}, by the key's int ({@code hashes[key]})
     */
    static int[] of(int[] keys, int count, int[] hashes) {
        if (count > MAX_MERGES) {
            return null;
        }
        int[] distinct = new int[count];
        int[] spread = new int[count];
        int size = 0;
        int capacity = 0;
        int threshold = 0;
        for (int m = 0; m < count; m++) {
            if (capacity == 0) {
                capacity = FIRST_CAPACITY;
                threshold = FIRST_CAPACITY * 3 / 4;
            } else if (size > threshold) {
                capacity <<= 1;
                threshold <<= 1;
            }
            int key = keys[m];
            if (indexOf(distinct, size, key) >= 0) {
                continue;
            }
            int h = hashes[key];
            h ^= h >>> 16;
            int bucket = h & (capacity - 1);
            int inBucket = 0;
            for (int k = 0; k < size; k++) {
                if ((spread[k] & (capacity - 1)) == bucket) {
                    inBucket++;
                }
            }
            if (inBucket >= TREEIFY_AT) {
                return null;
            }
            distinct[size] = key;
            spread[size++] = h;
        }
        // Buckets in ascending order, each newest key first: an insertion sort of the arrival numbers.
        int mask = capacity - 1;
        int[] order = new int[size];
        for (int k = 0; k < size; k++) {
            int j = k;
            while (j > 0 && (spread[order[j - 1]] & mask) >= (spread[k] & mask)) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = k;
        }
        int[] out = new int[size];
        for (int k = 0; k < size; k++) {
            out[k] = distinct[order[k]];
        }
        return out;
    }

    private static int indexOf(int[] values, int size, int value) {
        for (int k = 0; k < size; k++) {
            if (values[k] == value) {
                return k;
            }
        }
        return -1;
    }
}
