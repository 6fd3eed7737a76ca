package dev.newsbite.similar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups a collection into stories: two items are linked when their prints share an LSH band key and
 * {@link StoryPrint#sameStory} says yes, and a story is a connected component of those links (so a
 * copy that matches a copy of the original joins the original too). Union-find with path halving:
 * no recursion, near-linear in the number of candidate pairs.
 */
public final class StoryClusters {

    private StoryClusters() {}

    /**
     * The stories among {@code items}, each a list in input order, stories ordered by their first
     * item. Items with an empty print are stories of their own.
     */
    public static <T> List<List<T>> group(List<T> items, Function<? super T, StoryPrint> printOf) {
        int n = items.size();
        StoryPrint[] prints = new StoryPrint[n];
        for (int i = 0; i < n; i++) {
            prints[i] = printOf.apply(items.get(i));
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String key : prints[i].bandKeys()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            for (String key : prints[i].bandKeys()) {
                for (int j : byKey.get(key)) {
                    if (j > i && find(parent, i) != find(parent, j) && prints[i].sameStory(prints[j])) {
                        parent[find(parent, j)] = find(parent, i);
                    }
                }
            }
        }
        Map<Integer, List<T>> stories = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            stories.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(items.get(i));
        }
        return List.copyOf(stories.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
