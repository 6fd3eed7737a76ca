package dev.newsbite.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.Extractor;
import dev.newsbite.model.Article;
import dev.newsbite.testing.SharedCorpus;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's real articles (read where they are, never copied), extracted with the bite and
 * indexed: each is found by its headline as a phrase, first among the results, and every snippet is
 * safe HTML; a person the bite names finds the article through the person filter.
 */
class BenchArticlesSearchIT {
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    @TempDir
    Path dir;

    @Test
    void everyArticleIsFoundByItsHeadlineAndItsPeople() throws Exception {
        Path html = SharedCorpus.benchOrSkip("scrapinghub").resolve("html");
        Extractor extractor = Extractor.create();
        List<IndexedArticle> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(html)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList()) {
                byte[] bytes;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    bytes = in.readAllBytes();
                }
                String url = "https://bench.example/" + f.getFileName().toString().replace(".html.gz", "");
                Article a = extractor.extract(bytes, url, null).article();
                if (a.title() != null && !a.bodyText().isBlank()) {
                    entries.add(new IndexedArticle(url, a, Instant.parse("2026-01-01T00:00:00Z")));
                }
            }
        }
        assertThat(entries).hasSizeGreaterThan(100);
        Map<String, Integer> titles = new HashMap<>();
        entries.forEach(e -> titles.merge(e.article().title().toLowerCase(Locale.ROOT), 1, Integer::sum));
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            for (IndexedArticle e : entries) {
                index.add(e);
            }
            index.refresh();
            int checked = 0;
            int personChecked = 0;
            for (IndexedArticle e : entries) {
                String title = e.article().title();
                Matcher m = WORDS.matcher(title);
                List<String> words = new ArrayList<>();
                while (m.find()) {
                    words.add(m.group());
                }
                if (words.size() < 3 || titles.get(title.toLowerCase(Locale.ROOT)) > 1) {
                    continue;
                }
                // Inside quotes only a quote and a backslash mean anything to the parser.
                String phrase = "\"" + title.replace('\\', ' ').replace('"', ' ') + "\"";
                SearchResults r = index.search(SearchQuery.of(phrase).withPageSize(5));
                assertThat(r.hits()).as(phrase).isNotEmpty();
                assertThat(r.hits().get(0).url()).as(phrase).isEqualTo(e.url());
                for (SearchHit hit : r.hits()) {
                    String plain = hit.snippetHtml().replace("<mark>", "").replace("</mark>", "");
                    assertThat(plain).as(hit.url()).doesNotContain("<", ">", "\"");
                }
                checked++;
                if (e.article().bite() != null && !e.article().bite().people().isEmpty()) {
                    String person = e.article().bite().people().get(0).name();
                    assertThat(index.search(SearchQuery.of(null).withPerson(person).withPageSize(100)).hits())
                            .as(person).extracting(SearchHit::url).contains(e.url());
                    personChecked++;
                }
            }
            System.out.printf(Locale.ROOT, "BenchArticlesSearchIT: %d articles indexed, %d found by headline,"
                    + " %d by person%n", entries.size(), checked, personChecked);
            assertThat(checked).isGreaterThan(entries.size() / 2);
        }
    }
}
