package dev.newsbite.similar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.ExtractOptions;
import dev.newsbite.Extractor;
import dev.newsbite.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Same story, other outlets, measured: every page of the syndication fixture set ({@link SyndicatedCopies})
 * is read by the real extractor, printed, and grouped; pairs of pages are scored against the story each
 * truly carries. Acceptance is precision and recall of at least 0.95, for the stories as
 * {@link StoryClusters} groups them and for the lookups a reader makes through {@link InMemoryStoryGroups}.
 * Set {@code -Dnewsbite.similar.pages=DIR} to write the pages out for a look.
 */
class SyndicationEvaluationTest {

    private record Printed(SyndicatedCopies.Page page, Article article, StoryPrint print) {}

    /** Pairwise counts: true positives, false positives, false negatives. */
    private record Score(long tp, long fp, long fn) {
        double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }

        Score plus(Score o) {
            return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        String line() {
            return String.format(Locale.ROOT, "precision %.3f recall %.3f (tp %d, fp %d, fn %d)",
                    precision(), recall(), tp, fp, fn);
        }
    }

    /** Independent fixture sets: each seed draws its own outlets, cuts and edits for every story. */
    private static final long[] SEEDS = {20260529L, 7L, 1_000_003L};

    /** Counts over all seeds. */
    private static final class Tally {
        long pages;
        long stories;
        long clusters;
        long empty;
        long pairs;
        long truePairs;
        Score grouped = new Score(0, 0, 0);
        Score lookedUp = new Score(0, 0, 0);
        Score allPairs = new Score(0, 0, 0);
        final List<Double> trueSimilarity = new ArrayList<>();
        final List<Double> falseSimilarity = new ArrayList<>();
        final List<String> misses = new ArrayList<>();
        long nanosPrinting;
    }

    @Test
    void syndicatedCopiesAreGroupedAndOtherStoriesAreNot() throws Exception {
        Extractor extractor = Extractor.create(ExtractOptions.defaults().withBite(false));
        Tally tally = new Tally();
        for (long seed : SEEDS) {
            evaluate(seed, extractor, tally);
        }
        System.out.printf(Locale.ROOT, "Syndication evaluation over %d seeds: %d pages, %d stories, %d clusters, %d empty prints;"
                + " %d page pairs, %d of them the same story; %.1f us per print%n", SEEDS.length, tally.pages,
                tally.stories, tally.clusters, tally.empty, tally.pairs, tally.truePairs,
                tally.nanosPrinting / 1000.0 / tally.pages);
        System.out.println("  grouped (StoryClusters):         " + tally.grouped.line());
        System.out.println("  looked up (InMemoryStoryGroups): " + tally.lookedUp.line());
        System.out.println("  every pair by sameStory:         " + tally.allPairs.line());
        System.out.println("  similarity of same-story pairs:   " + percentiles(tally.trueSimilarity));
        System.out.println("  similarity of different stories:  " + percentiles(tally.falseSimilarity));
        tally.misses.forEach(System.out::println);

        assertThat(tally.stories).isGreaterThan(100);
        assertThat(tally.truePairs).isGreaterThan(300);
        assertThat(tally.grouped.precision()).as("grouped precision").isGreaterThanOrEqualTo(0.95);
        assertThat(tally.grouped.recall()).as("grouped recall").isGreaterThanOrEqualTo(0.95);
        assertThat(tally.lookedUp.precision()).as("lookup precision").isGreaterThanOrEqualTo(0.95);
        assertThat(tally.lookedUp.recall()).as("lookup recall").isGreaterThanOrEqualTo(0.95);
    }

    private static void evaluate(long seed, Extractor extractor, Tally tally) throws Exception {
        List<SyndicatedCopies.Page> pages = SyndicatedCopies.build(seed, extractor);
        writeOutIfAsked(seed, pages);

        List<Printed> printed = new ArrayList<>();
        for (SyndicatedCopies.Page page : pages) {
            Article article = extractor.extract(page.html(), page.url(), null).article();
            long start = System.nanoTime();
            StoryPrint print = StoryPrint.of(article);
            tally.nanosPrinting += System.nanoTime() - start;
            printed.add(new Printed(page, article, print));
        }
        int n = printed.size();
        Set<String> stories = new HashSet<>();
        long truePairs = 0;
        for (int i = 0; i < n; i++) {
            stories.add(printed.get(i).page().story());
            for (int j = i + 1; j < n; j++) {
                if (same(printed, i, j)) {
                    truePairs++;
                }
            }
        }

        // 1. Stories as StoryClusters groups them (LSH candidates, verified, connected components).
        Map<Printed, Integer> clusterOf = new HashMap<>();
        List<List<Printed>> clusters = StoryClusters.group(printed, Printed::print);
        for (int c = 0; c < clusters.size(); c++) {
            for (Printed p : clusters.get(c)) {
                clusterOf.put(p, c);
            }
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean predicted = clusterOf.get(printed.get(i)).equals(clusterOf.get(printed.get(j)));
                boolean truth = same(printed, i, j);
                tp += predicted && truth ? 1 : 0;
                fp += predicted && !truth ? 1 : 0;
                fn += !predicted && truth ? 1 : 0;
            }
        }
        tally.grouped = tally.grouped.plus(new Score(tp, fp, fn));

        // 2. What a reader shows: each page's lookup in InMemoryStoryGroups, as ordered pairs.
        InMemoryStoryGroups groups = new InMemoryStoryGroups();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Printed p = printed.get(i);
            groups.add(new Outlet(p.page().url(), p.article().siteName(), p.article().title(), null), p.print());
            indexOf.put(p.page().url(), i);
        }
        tp = 0;
        fp = 0;
        fn = 0;
        for (int i = 0; i < n; i++) {
            Printed p = printed.get(i);
            Set<Integer> found = new HashSet<>();
            for (Outlet o : groups.sameStory(p.page().url(), p.print(), 100)) {
                found.add(indexOf.get(o.url()));
            }
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                boolean predicted = found.contains(j);
                boolean truth = same(printed, i, j);
                tp += predicted && truth ? 1 : 0;
                fp += predicted && !truth ? 1 : 0;
                fn += !predicted && truth ? 1 : 0;
            }
        }
        tally.lookedUp = tally.lookedUp.plus(new Score(tp, fp, fn));

        // 3. Every pair decided by sameStory alone (no LSH): what the bands cost, and where the line sits.
        tp = 0;
        fp = 0;
        fn = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                StoryPrint a = printed.get(i).print();
                StoryPrint b = printed.get(j).print();
                boolean predicted = a.sameStory(b);
                boolean truth = same(printed, i, j);
                tp += predicted && truth ? 1 : 0;
                fp += predicted && !truth ? 1 : 0;
                fn += !predicted && truth ? 1 : 0;
                (truth ? tally.trueSimilarity : tally.falseSimilarity).add(a.similarity(b));
                if (Boolean.getBoolean("newsbite.similar.debug") && a.similarity(b) > 0.1 && a.similarity(b) < 0.75) {
                    System.out.printf(Locale.ROOT, "  DEBUG %s %s [%s] ~ %s [%s]: c %.2f j %.2f n %d/%d%n", truth, printed.get(i).page().story(),
                            printed.get(i).page().kind(), printed.get(j).page().story(), printed.get(j).page().kind(),
                            a.similarity(b), a.resemblance(b), a.shingles(), b.shingles());
                }
                if (predicted != truth && tally.misses.size() < 20) {
                    tally.misses.add(String.format(Locale.ROOT, "  %s %s [%s] ~ %s [%s]: containment %.2f resemblance %.2f",
                            truth ? "missed" : "wrongly joined", printed.get(i).page().story(),
                            printed.get(i).page().kind(), printed.get(j).page().story(), printed.get(j).page().kind(),
                            a.similarity(b), a.resemblance(b)));
                }
            }
        }
        tally.allPairs = tally.allPairs.plus(new Score(tp, fp, fn));

        tally.pages += n;
        tally.stories += stories.size();
        tally.clusters += clusters.size();
        tally.empty += printed.stream().filter(p -> p.print().isEmpty()).count();
        tally.pairs += (long) n * (n - 1) / 2;
        tally.truePairs += truePairs;
    }

    private static boolean same(List<Printed> printed, int i, int j) {
        return printed.get(i).page().story().equals(printed.get(j).page().story());
    }

    private static String percentiles(List<Double> values) {
        if (values.isEmpty()) {
            return "none";
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        StringBuilder out = new StringBuilder();
        for (double q : new double[] {0, 0.01, 0.05, 0.5, 0.95, 0.99, 1}) {
            int at = (int) Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)));
            out.append(String.format(Locale.ROOT, "p%d %.2f  ", Math.round(q * 100), sorted[at]));
        }
        return out.toString().strip() + " (" + sorted.length + ")";
    }

    private static void writeOutIfAsked(long seed, List<SyndicatedCopies.Page> pages) throws Exception {
        String dir = System.getProperty("newsbite.similar.pages");
        if (dir == null) {
            return;
        }
        Path out = Path.of(dir, Long.toString(seed));
        Files.createDirectories(out);
        int i = 0;
        for (SyndicatedCopies.Page page : pages) {
            String name = String.format(Locale.ROOT, "%03d-%s.html", i++, page.story().replaceAll("[^a-z0-9]+", "-"));
            Files.write(out.resolve(name), page.html());
        }
    }

}
