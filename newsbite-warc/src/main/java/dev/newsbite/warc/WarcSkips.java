package dev.newsbite.warc;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts of skipped records by reason. Not thread-safe: one per reader, added up after. */
public final class WarcSkips {
    private final long[] counts = new long[SkipReason.values().length];

    public void add(SkipReason reason) {
        counts[reason.ordinal()]++;
    }

    public long count(SkipReason reason) {
        return counts[reason.ordinal()];
    }

    public long total() {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }

    public void addAll(WarcSkips other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
    }

    /** The reasons that occurred, by {@link SkipReason#wireName()}, in the enum's order. */
    public Map<String, Long> asMap() {
        Map<String, Long> map = new LinkedHashMap<>();
        for (SkipReason reason : SkipReason.values()) {
            if (counts[reason.ordinal()] > 0) {
                map.put(reason.wireName(), counts[reason.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** The counts by reason, zeros included. */
    public Map<SkipReason, Long> byReason() {
        Map<SkipReason, Long> map = new EnumMap<>(SkipReason.class);
        for (SkipReason reason : SkipReason.values()) {
            map.put(reason, counts[reason.ordinal()]);
        }
        return map;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
