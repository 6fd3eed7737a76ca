package dev.newsbite.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.testing.SharedCorpus;
import dev.newsbite.testing.SharedCorpus.BenchPage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
        for (BenchPage page : SharedCorpus.scrapinghubPages()) {
            String name = page.file().getFileName().toString();
            Document doc = Jsoup.parse(new String(page.bytes(), StandardCharsets.UTF_8), "https://news.example.com/section/" + name);
            LinkResolver resolver = LinkResolver.against(doc.baseUri());
            for (Element a : doc.getElementsByTag("a")) {
                links++;
                if (!resolver.href(a).equals(a.absUrl("href"))) {
                    differences.add(name + ": " + a.attr("href"));
                }
            }
        }
        assertThat(links).isGreaterThan(10_000);
        assertThat(differences).isEmpty();
    }
}
