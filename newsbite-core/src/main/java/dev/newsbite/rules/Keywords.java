package dev.newsbite.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of class/id keywords, each tagged with category bits, matched in one scan of a lower-case
 * name. A keyword matches anywhere in the name ("share" in "sharedaddy"), or, written with a
 * leading {@code =}, only as a whole word between non-alphanumerics ("=ad" in "top-ad", not in
 * "header"). A trie over the name's characters replaces long regex alternations: one short walk
 * per position instead of one attempt per alternative.
 */
public final class Keywords {
    private static final int ALPHABET = 39;

    private final int[][] next;
    private final int[] substringBits;
    private final int[] wordBits;

    private Keywords(int[][] next, int[] substringBits, int[] wordBits) {
        this.next = next;
        this.substringBits = substringBits;
        this.wordBits = wordBits;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The categories of all keywords found in {@code lower} (lower-case), OR-ed; 0 when none. */
    public int scan(String lower) {
        int bits = 0;
        int n = lower.length();
        for (int i = 0; i < n; i++) {
            int node = 0;
            boolean wordStart = i == 0 || !isAlnum(lower.charAt(i - 1));
            for (int j = i; j < n; j++) {
                int c = index(lower.charAt(j));
                if (c < 0) {
                    break;
                }
                node = next[node][c];
                if (node == 0) {
                    break;
                }
                bits |= substringBits[node];
                if (wordStart && wordBits[node] != 0 && (j + 1 == n || !isAlnum(lower.charAt(j + 1)))) {
                    bits |= wordBits[node];
                }
            }
        }
        return bits;
    }

    private static boolean isAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }

    private static int index(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return switch (c) {
            case '-' -> 36;
            case '_' -> 37;
            case ' ' -> 38;
            default -> -1;
        };
    }

    /** Collects keywords by category. */
    public static final class Builder {
        private final List<int[]> next = new ArrayList<>();
        private final List<int[]> bits = new ArrayList<>();

        private Builder() {
            next.add(new int[ALPHABET]);
            bits.add(new int[2]);
        }

        /** Adds keywords under one category bit; a leading {@code =} means whole word only. */
        public Builder add(int category, String... keywords) {
            if (keywords.length == 0) {
                throw new IllegalArgumentException("an empty keyword group would match nothing");
            }
            for (String k : keywords) {
                boolean word = k.startsWith("=");
                String w = word ? k.substring(1) : k;
                if (w.isEmpty()) {
                    throw new IllegalArgumentException("empty keyword");
                }
                int node = 0;
                for (int i = 0; i < w.length(); i++) {
                    int c = index(w.charAt(i));
                    if (c < 0) {
                        throw new IllegalArgumentException("unsupported character in keyword " + k);
                    }
                    if (next.get(node)[c] == 0) {
                        next.add(new int[ALPHABET]);
                        bits.add(new int[2]);
                        next.get(node)[c] = next.size() - 1;
                    }
                    node = next.get(node)[c];
                }
                bits.get(node)[word ? 1 : 0] |= category;
            }
            return this;
        }

        public Keywords build() {
            int[][] n = next.toArray(new int[0][]);
            int[] sub = new int[n.length];
            int[] word = new int[n.length];
            for (int i = 0; i < n.length; i++) {
                sub[i] = bits.get(i)[0];
                word[i] = bits.get(i)[1];
            }
            return new Keywords(n, sub, word);
        }
    }

    @Override
    public String toString() {
        return "Keywords[" + next.length + " nodes, " + Arrays.stream(substringBits).filter(b -> b != 0).count()
                + " substring ends]";
    }
}
