package dev.newsbite.bite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MergeOrderTest {
    /** What the headline's norm was summed over: a fresh map, one merge per occurrence, iterated. */
    private static List<String> mapOrder(List<String> merges) {
        Map<String, Integer> counts = new HashMap<>();
        for (String key : merges) {
            counts.merge(key, 1, Integer::sum);
        }
        return new ArrayList<>(counts.keySet());
    }

    /** The modelled order, or null; keys numbered in order of first appearance. */
    private static List<String> modelledOrder(List<String> merges) {
        List<String> distinct = new ArrayList<>();
        int[] keys = new int[merges.size()];
        for (int m = 0; m < merges.size(); m++) {
            int k = distinct.indexOf(merges.get(m));
            if (k < 0) {
                k = distinct.size();
                distinct.add(merges.get(m));
            }
            keys[m] = k;
        }
        int[] hashes = distinct.stream().mapToInt(String::hashCode).toArray();
        int[] order = MergeOrder.of(keys, keys.length, hashes);
        if (order == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int k : order) {
            out.add(distinct.get(k));
        }
        return out;
    }

    @Test
    void aHeadlinesTermsComeInTheMapsOrder() {
        List<String> merges = List.of("putin", "and", "kim", "letters", "show", "moscow", "seeking", "arms", "and",
                "kim", "again", "in", "the", "north", "korea", "talks", "of", "the", "year");
        assertThat(modelledOrder(merges)).isEqualTo(mapOrder(merges));
    }

    @Test
    void randomKeysWithRepeatsAndGrowthComeInTheMapsOrder() {
        Random random = new Random(6);
        int modelled = 0;
        for (int round = 0; round < 3000; round++) {
            int distinct = 1 + random.nextInt(round % 3 == 0 ? 120 : 20);
            List<String> pool = new ArrayList<>();
            for (int k = 0; k < distinct; k++) {
                pool.add(randomWord(random));
            }
            List<String> merges = new ArrayList<>();
            int count = 1 + random.nextInt(Math.min(MergeOrder.MAX_MERGES, distinct * 2));
            for (int m = 0; m < count; m++) {
                merges.add(pool.get(random.nextInt(pool.size())));
            }
            List<String> order = modelledOrder(merges);
            if (order != null) {
                modelled++;
                assertThat(order).as("merges %s", merges).isEqualTo(mapOrder(merges));
            }
        }
        assertThat(modelled).isGreaterThan(2900);
    }

    @Test
    void keysCrowdingOneBucketAreLeftToTheMap() {
        // "Aa" and "BB" hash alike, so strings made of them all share one bucket.
        List<String> merges = new ArrayList<>();
        String[] halves = {"Aa", "BB"};
        for (int k = 0; k < 16; k++) {
            merges.add(halves[k & 1] + halves[k >> 1 & 1] + halves[k >> 2 & 1] + halves[k >> 3 & 1]);
        }
        assertThat(modelledOrder(merges.subList(0, 7))).isEqualTo(mapOrder(merges.subList(0, 7)));
        assertThat(modelledOrder(merges.subList(0, 8))).isNull();
        // Eight keys in a bucket of a small table, the rest elsewhere: still the map's order where modelled.
        List<String> mixed = new ArrayList<>(merges.subList(0, 6));
        for (int k = 0; k < 30; k++) {
            mixed.add("w" + k);
        }
        assertThat(modelledOrder(mixed)).isEqualTo(mapOrder(mixed));
    }

    @Test
    void tooManyMergesAreLeftToTheMap() {
        int[] keys = new int[MergeOrder.MAX_MERGES + 1];
        assertThat(MergeOrder.of(keys, keys.length, new int[1])).isNull();
        assertThat(MergeOrder.of(keys, MergeOrder.MAX_MERGES, new int[1])).containsExactly(0);
    }

    private static String randomWord(Random random) {
        int length = 2 + random.nextInt(9);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }
}
