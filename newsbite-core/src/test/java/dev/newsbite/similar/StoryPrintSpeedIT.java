package dev.newsbite.similar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.ExtractOptions;
import dev.newsbite.ExtractionException;
import dev.newsbite.Extractor;
import dev.newsbite.model.Article;
import dev.newsbite.testing.SharedCorpus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How fast story prints are made, on the articles of the public benchmark pages: one warm-up pass, then
 * single timed passes (no JMH; the figure is for a quiet machine). Also how many pairs of those pages,
 * all different stories, the prints call the same story: a precision check on real pages.
 *
 * <p>{@code mvn -B -pl newsbite-core verify -Pslow -Dit.test=StoryPrintSpeedIT -Dnewsbite.fuzz.duration=1s}
 * (the slow profile also runs the unit tests and the fuzzers; a duration of 0 would let those run on).
 */
class StoryPrintSpeedIT {
    private static final int PASSES = 5;

    @Test
    void printsPerSecondOverTheBenchmarkArticles() throws IOException {
        Extractor extractor = Extractor.create(ExtractOptions.defaults().withBite(false).withTimeBudgetMillis(60_000));
        List<Article> articles = new ArrayList<>();
        for (SharedCorpus.BenchPage page : SharedCorpus.scrapinghubPages()) {
            try {
                articles.add(extractor.extract(page.bytes(), null, null).article());
            } catch (ExtractionException e) {
                // Not a page: nothing to print.
            }
        }
        List<StoryPrint> prints = new ArrayList<>();
        for (Article a : articles) {
            prints.add(StoryPrint.of(a));
        }
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            for (Article a : articles) {
                StoryPrint.of(a);
            }
        }
        long best = Long.MAX_VALUE;
        long shingles = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            long start = System.nanoTime();
            for (Article a : articles) {
                shingles += StoryPrint.of(a).shingles();
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        long start = System.nanoTime();
        List<List<StoryPrint>> stories = StoryClusters.group(prints, p -> p);
        long groupNanos = System.nanoTime() - start;
        long joinedPairs = 0;
        for (List<StoryPrint> story : stories) {
            joinedPairs += (long) story.size() * (story.size() - 1) / 2;
        }
        long empty = prints.stream().filter(StoryPrint::isEmpty).count();
        double highest = 0;
        for (int i = 0; i < prints.size(); i++) {
            for (int j = i + 1; j < prints.size(); j++) {
                highest = Math.max(highest, prints.get(i).similarity(prints.get(j)));
            }
        }
        System.out.printf(Locale.ROOT, "StoryPrint over %d benchmark articles (%d empty prints, %d shingles a pass):"
                + " %.0f prints/s, %.1f us per print (best of " + PASSES + " passes); grouping all of them %.1f ms;"
                + " %d stories, %d pairs called the same story, highest similarity of two pages %.2f%n", articles.size(),
                empty, shingles / PASSES,
                articles.size() / (best / 1e9), best / 1e3 / articles.size(), groupNanos / 1e6, stories.size(),
                joinedPairs, highest);
        assertThat(articles).hasSizeGreaterThan(100);
        assertThat(joinedPairs).as("pairs of different benchmark pages called one story")
                .isLessThanOrEqualTo(articles.size() / 100);
    }
}
