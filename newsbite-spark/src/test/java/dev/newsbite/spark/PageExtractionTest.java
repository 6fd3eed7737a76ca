package dev.newsbite.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.Extraction;
import dev.newsbite.Extractor;
import dev.newsbite.model.Article;
import dev.newsbite.warc.WarcPage;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;

class PageExtractionTest {
    private static final PageExtraction PAGES = new PageExtraction(Extractor.create());
    private static final String ID = "<urn:uuid:0b0e4c4e-6a57-4a52-9c1c-9b5e4d3c2a10>";

    private static WarcPage page(byte[] body, String url) {
        return new WarcPage("crawl/a.warc.gz", ID, url, "text/html; charset=utf-8", body, 4_096);
    }

    @Test
    void aRowCarriesTheBatchFieldsWithTheSameValuesAsTheExtractor() throws Exception {
        FixturePages.Fixture fixture = FixturePages.all().get(0);
        Article expected = Extractor.create().extract(fixture.html(), fixture.url(), "text/html; charset=utf-8")
                .article();

        ArticleRow row = PAGES.run(page(fixture.html(), fixture.url()));

        assertThat(row.error()).isNull();
        assertThat(row.id()).isEqualTo(ID);
        assertThat(row.source()).isEqualTo("crawl/a.warc.gz");
        assertThat(row.url()).isEqualTo(expected.url() != null ? expected.url() : fixture.url());
        assertThat(row.title()).isEqualTo(expected.title());
        assertThat(row.byline()).isEqualTo(expected.byline());
        assertThat(row.published()).isEqualTo(expected.published());
        assertThat(row.siteName()).isEqualTo(expected.siteName());
        assertThat(row.excerpt()).isEqualTo(expected.standfirst());
        assertThat(row.lang()).isEqualTo(expected.language());
        assertThat(row.pageType()).isEqualTo(expected.pageType().wireName());
        assertThat(row.text()).isEqualTo(expected.bodyText()).isNotBlank();
        assertThat(row.authors()).isEqualTo(expected.authors());
        assertThat(row.warcFile()).isEqualTo("crawl/a.warc.gz");
        assertThat(row.warcRecordId()).isEqualTo(ID);
        assertThat(row.warcOffset()).isEqualTo(4_096);
    }

    @Test
    void aPageThatIsNotHtmlBecomesARowWithAnErrorAndNoArticle() {
        byte[] binary = new byte[2_000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7);
        }

        ArticleRow row = PAGES.run(page(binary, "https://news.example/a"));

        assertThat(row.error()).startsWith("not HTML");
        assertThat(row.pageType()).isNull();
        assertThat(row.text()).isNull();
        assertThat(row.url()).isEqualTo("https://news.example/a");
        assertThat(FailureRow.of(row)).isEqualTo(
                new FailureRow("crawl/a.warc.gz", ID, "https://news.example/a", 4_096, row.error()));
    }

    @Test
    void anExtractorBugStaysThePagesProblem() {
        // A page without a body breaks the extractor's contract: its exception must stay in the row.
        ArticleRow row = PAGES.run(new WarcPage("a.warc", ID, "https://news.example/a", null, null, 0));

        assertThat(row.error()).startsWith("internal error: NullPointerException");
        assertThat(row.warcRecordId()).isEqualTo(ID);
    }

    @Test
    void aSparkRowHoldsTheSameValuesInTheSchemasOrder() throws Exception {
        FixturePages.Fixture fixture = FixturePages.all().get(1);
        Extraction extraction = Extractor.create().extract(fixture.html(), fixture.url(), null);
        ArticleRow row = ArticleRow.of(page(fixture.html(), fixture.url()), extraction.article(), "cut short");

        Row spark = ArticleSchema.toRow(row);

        assertThat(spark.size()).isEqualTo(ArticleSchema.SCHEMA.size());
        assertThat(List.of(ArticleSchema.SCHEMA.fieldNames())).startsWith("id", "source", "url", "title", "byline",
                "published", "siteName", "excerpt", "lang", "pageType", "text", "error");
        Row withSchema = new GenericRowWithSchema(rowValues(spark), ArticleSchema.SCHEMA);
        assertThat(ArticleSchema.fromRow(withSchema)).isEqualTo(row);
    }

    private static Object[] rowValues(Row row) {
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        return values;
    }
}
