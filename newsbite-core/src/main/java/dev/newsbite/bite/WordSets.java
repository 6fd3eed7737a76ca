package dev.newsbite.bite;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Read-only word sets and maps for the bite's lookups, which run for nearly every word of a body.
 * Backed by {@link HashSet} and {@link HashMap}, which find a slot with a mask and compare a
 * string's cached hash before its characters; the sets of {@link Set#of} find theirs with a
 * division and compare the strings at every probe. For the bite's own packages; not part of the
 * library's API.
 */
public final class WordSets {
    private WordSets() {
    }

    public static Set<String> of(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }

    public static Set<String> copyOf(Collection<String> words) {
        return Collections.unmodifiableSet(new HashSet<>(words));
    }

    public static <V> Map<String, V> copyOf(Map<String, V> map) {
        return Collections.unmodifiableMap(new HashMap<>(map));
    }
}
