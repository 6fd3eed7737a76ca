package dev.newsbite.bench;

import dev.newsbite.ExtractionException;
import dev.newsbite.Extractor;
import dev.newsbite.model.Article;
import dev.newsbite.model.Named;
import dev.newsbite.search.ArticleIndex;
import dev.newsbite.search.IndexedArticle;
import dev.newsbite.search.SearchException;
import dev.newsbite.search.SearchQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The search index's figures, in one pass (not JMH: indexing 100,000 articles is the measure):
 * the benchmark pages are extracted once (with the bite, as the reader and {@code batch --data}
 * index them), then indexed over and over with distinct addresses and dates until the count is
 * reached, on several threads; the time includes the final commit. Then a few hundred queries made
 * of the corpus's own words (one word, two words, a phrase; with and without a site, date or person
 * filter; best and newest first) give the latency percentiles, snippets included.
 *
 * <pre>
 * java -cp newsbite-bench/target/benchmarks.jar dev.newsbite.bench.SearchBenchmark [articles] [threads] [index dir]
 * </pre>
 */
public final class SearchBenchmark {
    private static final Pattern WORD = Pattern.compile("[\\p{L}]{4,}");
    private static final Instant NEWEST = Instant.parse("2026-11-01T00:00:00Z");
    private static final int WARM_UP_QUERIES = 200;
    private static final int MEASURED_QUERIES = 500;
    /** The indexing buffer (MB); -Dnewsbite.bench.ramBufferMb=N tries another. */
    private static final double RAM_BUFFER_MB = Integer.getInteger("newsbite.bench.ramBufferMb", 256);

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("newsbite-search-bench");
        List<Article> corpus = extract();
        System.out.printf(Locale.ROOT, "corpus: %d distinct articles from the benchmark pages%n", corpus.size());

        deleteIndex(dir);
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        try (ArticleIndex index = ArticleIndex.open(dir, RAM_BUFFER_MB)) {
            index(index, corpus, articles, threads);
            long commitStart = System.nanoTime();
            index.commit();
            double commitSeconds = (System.nanoTime() - commitStart) / 1e9;
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (cpuNanos() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT, "indexing: %,d articles in %.1f s on %d threads = %,.0f articles/s"
                    + " (commit included: %.1f s); %.1f CPU-s = %,.0f articles per CPU-second%n", articles, seconds,
                    threads, articles / seconds, commitSeconds, cpuSeconds, articles / cpuSeconds);
            index.refresh();
            System.out.printf(Locale.ROOT, "index size: %,.1f MB on disk (%,d documents; %s)%n",
                    index.sizeOnDisk() / 1e6, index.count(), dir);
            queries(index, corpus);
        }
        if (args.length <= 2) {
            deleteIndex(dir);
        }
    }

    private static List<Article> extract() throws ExtractionException {
        Extractor extractor = Extractor.create();
        List<Article> out = new ArrayList<>();
        for (BenchPages.Page page : BenchPages.load()) {
            Article a = extractor.extract(page.bytes(), page.url(), null).article();
            if (!a.bodyText().isBlank()) {
                out.add(a);
            }
        }
        return out;
    }

    /** Copy i of the corpus: its page's address made distinct, dated a few hours before the last. */
    private static IndexedArticle copy(List<Article> corpus, int i) {
        Article a = corpus.get(i % corpus.size());
        String base = a.url() != null ? a.url() : "https://bench.example/page";
        String url = base + (base.contains("?") ? "&" : "?") + "copy=" + i;
        Instant date = NEWEST.minus(i % 20_000, ChronoUnit.HOURS);
        Article dated = new Article(url, url, a.pageType(), a.title(), a.standfirst(), a.authors(), date.toString(),
                null, a.siteName(), a.source(), a.language(), a.leadImage(), a.body(), a.teasers(), a.bite(),
                a.quotes());
        return new IndexedArticle(url, dated, date);
    }

    private static void index(ArticleIndex index, List<Article> corpus, int articles, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < articles; i = next.getAndIncrement()) {
                        index.add(copy(corpus, i));
                    }
                    return null;
                }));
            }
            for (Future<Void> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void queries(ArticleIndex index, List<Article> corpus) throws SearchException {
        Random random = new Random(42);
        List<String> titles = corpus.stream().map(Article::title).filter(t -> t != null && !t.isBlank()).toList();
        List<String> sites = corpus.stream().map(Article::siteName).filter(s -> s != null && !s.isBlank())
                .distinct().toList();
        Set<String> peopleSet = new LinkedHashSet<>();
        corpus.stream().filter(a -> a.bite() != null).flatMap(a -> a.bite().people().stream()).map(Named::name)
                .forEach(peopleSet::add);
        List<String> people = new ArrayList<>(peopleSet);
        List<SearchQuery> queries = new ArrayList<>();
        for (int i = 0; i < WARM_UP_QUERIES + MEASURED_QUERIES; i++) {
            queries.add(query(random, titles, sites, people, i));
        }
        long hits = 0;
        for (int i = 0; i < WARM_UP_QUERIES; i++) {
            index.search(queries.get(i));
        }
        long[] nanos = new long[MEASURED_QUERIES];
        long[] cpu = new long[MEASURED_QUERIES];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < MEASURED_QUERIES; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            hits += index.search(queries.get(WARM_UP_QUERIES + i)).totalHits();
            nanos[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "queries: %d measured after %d warm-up; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms,"
                + " max %.2f ms; mean hits %,.0f%n", MEASURED_QUERIES, WARM_UP_QUERIES, ms(nanos, 0.50),
                ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, (double) hits / MEASURED_QUERIES);
        // The querying thread's own CPU time: on a busy machine, the figure that compares two builds.
        System.out.printf(Locale.ROOT, "queries, thread CPU time: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                ms(cpu, 0.50), ms(cpu, 0.95), ms(cpu, 0.99));
    }

    /** One word, two words or a phrase from a headline; a filter one time in two; both orders; pages 1 to 3. */
    private static SearchQuery query(Random random, List<String> titles, List<String> sites, List<String> people,
            int i) {
        List<String> words = new ArrayList<>();
        while (words.size() < 2) {
            var m = WORD.matcher(titles.get(random.nextInt(titles.size())));
            List<String> found = new ArrayList<>();
            while (m.find()) {
                found.add(m.group());
            }
            if (found.size() >= 2) {
                int at = random.nextInt(found.size() - 1);
                words = found.subList(at, at + 2);
            }
        }
        String text = switch (i % 4) {
            case 0, 1 -> words.get(0);
            case 2 -> words.get(0) + " " + words.get(1);
            default -> "\"" + words.get(0) + " " + words.get(1) + "\"";
        };
        SearchQuery q = SearchQuery.of(text).withSort(i % 2 == 0 ? SearchQuery.Sort.BEST : SearchQuery.Sort.NEWEST)
                .withPage(1 + random.nextInt(3));
        switch (random.nextInt(6)) {
            case 0 -> q = sites.isEmpty() ? q : q.withSite(sites.get(random.nextInt(sites.size())));
            case 1 -> {
                LocalDate to = LocalDate.ofInstant(NEWEST, ZoneOffset.UTC).minusDays(random.nextInt(400));
                q = q.withDates(to.minusDays(30 + random.nextInt(200)), to);
            }
            case 2 -> q = people.isEmpty() ? q : SearchQuery.of(random.nextBoolean() ? null : text)
                    .withPerson(people.get(random.nextInt(people.size())));
            default -> {
                // no filter
            }
        }
        return q;
    }

    /** CPU time of the whole process (every thread, the JIT and GC included): the figure a busy machine leaves honest. */
    private static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static double ms(long[] sorted, double quantile) {
        int at = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
    }

    private static void deleteIndex(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
