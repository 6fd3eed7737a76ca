package dev.newsbite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.render.JsonRenderer;
import dev.newsbite.testing.SharedCorpus;
import dev.newsbite.text.HtmlDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
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
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedCorpus.benchOrSkip("scrapinghub").resolve("html"))) {
            files.sorted().forEach(pages::add);
        }
        try (Stream<Path> dirs = Files.list(SharedCorpus.benchOrSkip("readability-pages"))) {
            dirs.map(d -> d.resolve("source.html")).filter(Files::isRegularFile).sorted().forEach(pages::add);
        }
        List<String> differences = new ArrayList<>();
        for (Path page : pages) {
            byte[] bytes = read(page);
            String url = "https://example.com/" + page.getParent().getFileName() + "/" + page.getFileName();
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
                differences.add(page.toString());
            }
        }
        assertThat(pages).hasSizeGreaterThan(200);
        assertThat(differences).isEmpty();
    }

    private static byte[] read(Path page) throws IOException {
        try (InputStream in = page.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(page)) : Files.newInputStream(page)) {
            return in.readAllBytes();
        }
    }
}
