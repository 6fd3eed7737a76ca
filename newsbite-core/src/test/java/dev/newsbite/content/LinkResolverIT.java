package dev.newsbite.content;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every link of every benchmark page resolves as jsoup's {@code absUrl} resolves it. */
class LinkResolverIT {
    @Test
    void agreesWithAbsUrlOnEveryBenchmarkLink() throws Exception {
        List<String> differences = new ArrayList<>();
        int links = 0;
        try (Stream<Path> files = Files.list(SharedCorpus.benchOrSkip("scrapinghub").resolve("html"))) {
            for (Path f : files.sorted().toList()) {
                String html;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                Document doc = Jsoup.parse(html, "https://news.example.com/section/" + f.getFileName());
                LinkResolver resolver = LinkResolver.against(doc.baseUri());
                for (Element a : doc.getElementsByTag("a")) {
                    links++;
                    if (!resolver.href(a).equals(a.absUrl("href"))) {
                        differences.add(f.getFileName() + ": " + a.attr("href"));
                    }
                }
            }
        }
        assertThat(links).isGreaterThan(10_000);
        assertThat(differences).isEmpty();
    }
}
