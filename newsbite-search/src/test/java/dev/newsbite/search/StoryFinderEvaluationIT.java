package dev.newsbite.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.ExtractOptions;
import dev.newsbite.Extractor;
import dev.newsbite.model.Article;
import dev.newsbite.similar.Outlet;
import dev.newsbite.similar.StoryPrint;
import dev.newsbite.similar.SyndicatedCopies;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Also published by" as the reader asks it of the search index: every page of the syndication
 * fixture set is read by the real extractor and indexed, then each page's other copies are looked up
 * through {@link StoryFinder} (band keys as the index keeps them, candidates checked by their stored
 * prints). Scored as ordered pairs against the story each page truly carries; acceptance is precision
 * and recall of at least 0.95, as for the in-memory lookups.
 */
class StoryFinderEvaluationIT {
    private static final long[] SEEDS = {20260529L, 7L, 1_000_003L};

    @TempDir
    Path dir;

    @Test
    void theIndexFindsTheOtherCopiesOfEachStoryAndNoOtherStory() throws Exception {
        Extractor extractor = Extractor.create(ExtractOptions.defaults().withBite(false));
        long tp = 0;
        long fp = 0;
        long fn = 0;
        int pagesSeen = 0;
        for (long seed : SEEDS) {
            List<SyndicatedCopies.Page> pages = SyndicatedCopies.build(seed, extractor);
            List<Article> articles = new ArrayList<>();
            Map<String, Integer> indexOf = new HashMap<>();
            try (ArticleIndex index = ArticleIndex.open(dir.resolve(Long.toString(seed)))) {
                for (SyndicatedCopies.Page page : pages) {
                    Article article = extractor.extract(page.html(), page.url(), null).article();
                    indexOf.put(page.url(), articles.size());
                    articles.add(article);
                    index.add(new IndexedArticle(page.url(), article, Instant.parse("2026-11-01T00:00:00Z")));
                }
                index.refresh();
                for (int i = 0; i < pages.size(); i++) {
                    Set<Integer> found = new HashSet<>();
                    for (Outlet o : index.storyGroups().sameStory(pages.get(i).url(), StoryPrint.of(articles.get(i)),
                            100)) {
                        found.add(indexOf.get(o.url()));
                    }
                    for (int j = 0; j < pages.size(); j++) {
                        if (j == i) {
                            continue;
                        }
                        boolean predicted = found.contains(j);
                        boolean truth = pages.get(i).story().equals(pages.get(j).story());
                        tp += predicted && truth ? 1 : 0;
                        fp += predicted && !truth ? 1 : 0;
                        fn += !predicted && truth ? 1 : 0;
                    }
                }
            }
            pagesSeen += pages.size();
        }
        double precision = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        System.out.printf(Locale.ROOT, "Search index lookups over %d pages: precision %.3f recall %.3f (tp %d, fp %d,"
                + " fn %d)%n", pagesSeen, precision, recall, tp, fp, fn);
        assertThat(tp).isGreaterThan(600);
        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
    }
}
