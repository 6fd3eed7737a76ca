package dev.newsbite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsbite.model.PageType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExtractorTest {
    private final Extractor extractor = Extractor.create();

    @Test
    void emptyInputIsATypedError() {
        assertThatThrownBy(() -> extractor.extract(new byte[0], null, null))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void binaryInputIsATypedError() {
        byte[] garbage = new byte[2048];
        new java.util.Random(7).nextBytes(garbage);
        assertThatThrownBy(() -> extractor.extract(garbage, null, null))
                .isInstanceOf(ExtractionException.class)
                .extracting(e -> ((ExtractionException) e).reason())
                .isEqualTo(ExtractionException.Reason.NOT_HTML);
    }

    @Test
    void oversizedInputIsCutAndSaysSo() throws Exception {
        Extractor small = Extractor.create(ExtractOptions.defaults().withMaxInputChars(1000));
        String page = "<html><body><p>" + "word ".repeat(1000) + "</p></body></html>";
        Extraction result = small.extract(page.getBytes(StandardCharsets.UTF_8), "https://example.com/a", null);
        assertThat(result.problems()).extracting(Problem::code).contains("truncated");
        assertThat(result.article().pageType()).isNotNull();
    }

    @Test
    void aCutPageSaysHowLongItWasWhetherReadAsBytesOrAsText() throws Exception {
        Extractor small = Extractor.create(ExtractOptions.defaults().withMaxInputChars(1000));
        String page = "<html><body><p>" + "wörd ".repeat(1000) + "</p></body></html>";
        Problem fromBytes = small.extract(page.getBytes(StandardCharsets.UTF_8), "https://example.com/a", null)
                .problems().get(0);
        Problem fromText = small.extract(page, "https://example.com/a").problems().get(0);
        assertThat(fromBytes).isEqualTo(fromText);
        assertThat(fromBytes.message()).endsWith("first 1000 characters of " + page.length());
    }

    @Test
    void aBlankPageIsEmptyInAnyCharset() {
        for (byte[] blank : new byte[][] {" \n\t ".getBytes(StandardCharsets.UTF_8),
                "<meta charset=windows-1252>".replaceAll(".", " ").getBytes(StandardCharsets.US_ASCII),
                "\uFEFF  \n".getBytes(StandardCharsets.UTF_16LE)}) {
            assertThatThrownBy(() -> extractor.extract(blank, "https://example.com/a", null))
                    .isInstanceOf(ExtractionException.class)
                    .extracting(e -> ((ExtractionException) e).reason())
                    .isEqualTo(ExtractionException.Reason.EMPTY);
        }
    }

    @Test
    void aPlainArticleIsAnArticle() throws Exception {
        String page = "<html><head><title>A story</title></head><body><article><h1>A story</h1>"
                + "<p>" + "This is the first paragraph of a real story with enough words. ".repeat(6) + "</p>"
                + "</article></body></html>";
        Extraction result = extractor.extract(page, "https://example.com/news/a-story");
        assertThat(result.article().pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(result.article().bodyText()).contains("first paragraph");
    }

    @Test
    void utf16WithByteOrderMarkIsText() throws Exception {
        String page = "<html><body><article><p>" + "Zürich council approves the new tram line today. ".repeat(8)
                + "</p></article></body></html>";
        byte[] bytes = ("\uFEFF" + page).getBytes(StandardCharsets.UTF_16LE);
        assertThat(extractor.extract(bytes, "https://example.com/a", null).article().bodyText())
                .contains("Zürich council");
    }

    @Test
    void aPageWhoseTimeBudgetRunsOutStillGivesItsText() throws Exception {
        Extractor hurried = Extractor.create(ExtractOptions.defaults().withTimeBudgetMillis(1));
        String page = "<html><body>" + "<div><p>The council met again tonight to argue about the tram line.</p></div>".repeat(20_000)
                + "</body></html>";
        Extraction result = hurried.extract(page, "https://example.com/a");
        assertThat(result.problems()).extracting(Problem::code).contains("time-budget");
        assertThat(result.article().bodyText()).contains("argue about the tram line");
    }

    @Test
    void invalidBytesAreReplacedAndSaidSo() throws Exception {
        byte[] head = "<html><head><meta charset=\"utf-8\"></head><body><article><p>Caf".getBytes(StandardCharsets.UTF_8);
        byte[] tail = (" society meets tonight to plan the summer fair. ".repeat(8) + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, page, 0, head.length);
        page[head.length] = (byte) 0xE9; // Latin-1 é inside a page that says it is UTF-8
        System.arraycopy(tail, 0, page, head.length + 1, tail.length);
        Extraction result = extractor.extract(page, "https://example.com/a", null);
        assertThat(result.problems()).extracting(Problem::code).containsExactly("charset");
        assertThat(result.article().bodyText()).contains("Caf\uFFFD society meets tonight");
    }
}
