package dev.newsbite.listing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbite.meta.Metadata;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Teaser;
import dev.newsbite.testing.SharedCorpus;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * On the shared article pages (every one a story), the listing stage and the classifier must leave
 * stories as stories, given the true body text: the cost of a listing false alarm is a lost article.
 */
class ListingCorpusIT {
    private final ListingExtractor extractor = new ListingExtractor();
    private final PageClassifier classifier = new PageClassifier();

    private static Metadata declaring(String type) {
        return new Metadata(null, null, List.of(), null, null, null, null, null, null, null, null, type);
    }

    @Test
    void articlePagesStayArticles() throws Exception {
        Path dir = SharedCorpus.benchOrSkip("scrapinghub");
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<String> undeclaredMisses = new ArrayList<>();
        List<String> declaredMisses = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.list(dir.resolve("html"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                JsonNode entry = truth.get(name.substring(0, name.indexOf('.')));
                String html;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                Document doc = Jsoup.parse(html, entry.path("url").asText(""));
                String before = doc.outerHtml();
                List<Teaser> teasers = extractor.extract(doc);
                assertThat(doc.outerHtml()).as("document unchanged: %s", name).isEqualTo(before);
                assertThat(teasers).extracting(Teaser::url).doesNotHaveDuplicates().allMatch(u -> u.startsWith("http"));
                String body = entry.path("articleBody").asText("");
                if (classifier.classify(declaring(null), body, teasers) != PageType.ARTICLE) {
                    undeclaredMisses.add(entry.path("url").asText());
                }
                if (classifier.classify(declaring("article"), body, teasers) != PageType.ARTICLE) {
                    declaredMisses.add(entry.path("url").asText());
                }
                pages++;
            }
        }
        assertThat(pages).isGreaterThan(100);
        assertThat(declaredMisses).isEmpty();
        assertThat(undeclaredMisses).as("pages taken for listings").hasSizeLessThanOrEqualTo(pages / 50);
    }
}
