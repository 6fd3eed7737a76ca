package dev.newsbite.similar;

import dev.newsbite.model.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@link StoryGroups} held in memory: prints indexed by their LSH band keys, candidates checked with
 * {@link StoryPrint#sameStory}. For small collections (a reader's session, tests); a large one belongs
 * in the search index. Thread-safe: lookups share a read lock, additions take the write lock.
 */
public final class InMemoryStoryGroups implements StoryGroups {

    private record Entry(Outlet outlet, StoryPrint print) {}

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Entry> byUrl = new HashMap<>();
    private final Map<String, Set<String>> byBandKey = new HashMap<>();

    /**
     * Adds (or replaces) an article read from {@code url}: its outlet is the article's site name, title
     * and publication time. An article with too little text is remembered but never matches.
     */
    public void add(String url, Article article) {
        Objects.requireNonNull(article, "article");
        add(new Outlet(url, article.siteName(), article.title(), instantOf(article.published())),
                StoryPrint.of(article));
    }

    /** Adds (or replaces) the copy at {@code outlet.url()} with its print. */
    public void add(Outlet outlet, StoryPrint print) {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(print, "print");
        lock.writeLock().lock();
        try {
            Entry old = byUrl.put(outlet.url(), new Entry(outlet, print));
            if (old != null) {
                unindex(outlet.url(), old.print());
            }
            for (String key : print.bandKeys()) {
                byBandKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(outlet.url());
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Forgets the copy at {@code url}; true when there was one. */
    public boolean remove(String url) {
        lock.writeLock().lock();
        try {
            Entry old = byUrl.remove(url);
            if (old == null) {
                return false;
            }
            unindex(url, old.print());
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void unindex(String url, StoryPrint print) {
        for (String key : print.bandKeys()) {
            Set<String> urls = byBandKey.get(key);
            if (urls != null && urls.remove(url) && urls.isEmpty()) {
                byBandKey.remove(key);
            }
        }
    }

    /** How many copies are held. */
    public int size() {
        lock.readLock().lock();
        try {
            return byUrl.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<Outlet> sameStory(String url, StoryPrint print, int limit) {
        if (print == null || print.isEmpty() || limit <= 0) {
            return List.of();
        }
        record Match(Outlet outlet, double similarity, double resemblance) {}
        List<Match> matches = new ArrayList<>();
        lock.readLock().lock();
        try {
            Set<String> checked = new HashSet<>();
            for (String key : print.bandKeys()) {
                Set<String> urls = byBandKey.get(key);
                if (urls == null) {
                    continue;
                }
                for (String candidate : urls) {
                    if (candidate.equals(url) || !checked.add(candidate)) {
                        continue;
                    }
                    Entry entry = byUrl.get(candidate);
                    if (print.sameStory(entry.print())) {
                        matches.add(new Match(entry.outlet(), print.similarity(entry.print()), print.resemblance(entry.print())));
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        // A copy holding all of the story outranks one holding part of it; equal ones go by address.
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed()
                .thenComparing(Comparator.comparingDouble(Match::resemblance).reversed())
                .thenComparing(m -> m.outlet().url()));
        return matches.stream().limit(limit).map(Match::outlet).toList();
    }

    /**
     * The instant an article's {@code published} string names: an ISO date-time with an offset, or a
     * bare date (taken as midnight UTC); null when absent or unreadable.
     */
    static Instant instantOf(String published) {
        if (published == null || published.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(published).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(published);
            } catch (DateTimeParseException notInstant) {
                try {
                    return LocalDate.parse(published).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }
}
