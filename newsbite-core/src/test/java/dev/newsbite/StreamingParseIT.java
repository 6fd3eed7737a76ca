package dev.newsbite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.render.JsonRenderer;
import dev.newsbite.testing.SharedCorpus;
import dev.newsbite.testing.SharedCorpus.BenchPage;
import dev.newsbite.text.HtmlDecoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages given as bytes are decoded straight into the parser; pages given as text are parsed from
 * the string. On every benchmark page both must give the same article and the same problems.
 */
class StreamingParseIT {
    private final Extractor extractor = Extractor.create(ExtractOptions.defaults().withTimeBudgetMillis(60_000));
    private final JsonRenderer json = new JsonRenderer();

    @Test
    void bytesAndDecodedTextGiveTheSameArticleOnEveryBenchmarkPage() throws Exception {
        List<BenchPage> pages = SharedCorpus.allPages();
        List<String> differences = new ArrayList<>();
        for (BenchPage page : pages) {
            byte[] bytes = page.bytes();
            Path file = page.file();
            String url = "https://example.com/" + file.getParent().getFileName() + "/" + file.getFileName();
            Extraction fromBytes;
            Extraction fromText;
            try {
                fromBytes = extractor.extract(bytes, url, null);
                fromText = extractor.extract(HtmlDecoder.decode(bytes, null).html(), url);
            } catch (ExtractionException e) {
                continue; // both paths refuse the same pages: checked by the unit tests
            }
            if (!json.render(fromBytes.article()).equals(json.render(fromText.article()))
                    || !fromBytes.problems().equals(fromText.problems())) {
                differences.add(page.file().toString());
            }
        }
        assertThat(pages).hasSizeGreaterThan(200);
        assertThat(differences).isEmpty();
    }
}
