package dev.newsbite.bite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.ExtractOptions;
import dev.newsbite.Extractor;
import dev.newsbite.model.Article;
import dev.newsbite.model.PageType;
import dev.newsbite.testing.SharedCorpus;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The bite on the 181 real article pages of the scrapinghub set: every summary sentence is the
 * body's own text, two or three of them wherever the body has prose, the same on a second run, and
 * a reading time for every page with words.
 */
class BiteCorpusIT {
    @Test
    void everySummaryIsTheBodysOwnSentencesAndStable() throws Exception {
        Path dir = SharedCorpus.benchOrSkip("scrapinghub").resolve("html");
        Extractor extractor = Extractor.create(ExtractOptions.defaults().withTimeBudgetMillis(60_000));
        List<String> problems = new ArrayList<>();
        int withSummary = 0;
        int articles = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                byte[] bytes;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    bytes = in.readAllBytes();
                }
                Article a = extractor.extract(bytes, null, null).article();
                if (a.pageType() != PageType.ARTICLE) {
                    continue;
                }
                articles++;
                String name = f.getFileName().toString().substring(0, 12);
                String body = a.bodyText();
                for (String sentence : a.bite().summary()) {
                    if (!body.contains(sentence)) {
                        problems.add(name + ": not in the body: " + sentence);
                    }
                }
                if (a.bite().summary().size() > 3) {
                    problems.add(name + ": " + a.bite().summary().size() + " sentences");
                }
                if (a.bite().words() > 0 && a.bite().readingMinutes() < 1) {
                    problems.add(name + ": no reading time for " + a.bite().words() + " words");
                }
                if (!extractor.extract(bytes, null, null).article().bite().equals(a.bite())) {
                    problems.add(name + ": a second run gave another bite");
                }
                withSummary += a.bite().summary().size() >= 2 ? 1 : 0;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(withSummary).as("article pages with a summary of 2-3 sentences, of " + articles)
                .isGreaterThan(articles * 9 / 10);
    }
}
