package dev.newsbite.cli.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.newsbite.model.Article;
import dev.newsbite.warc.WarcPage;

/**
 * One line of {@code newsbite batch} output: what one page file, or one WARC record, gave. The
 * field names are a contract (scorers and other tools read them). Fields the page does not give
 * are null; {@code error} is a one-line message when the page failed, else null (a partial
 * article, such as from a truncated gzip file, fills the other fields and sets {@code error} too).
 * Rows from WARC files also carry {@code warcFile}, {@code warcRecordId} and {@code warcOffset}
 * (the record's byte offset in the file); rows from page files leave them out.
 */
@JsonPropertyOrder({"id", "source", "url", "title", "byline", "published", "siteName", "excerpt", "lang",
    "pageType", "text", "error", "warcFile", "warcRecordId", "warcOffset"})
public record BatchRow(
        String id,
        String source,
        String url,
        String title,
        String byline,
        String published,
        String siteName,
        String excerpt,
        String lang,
        String pageType,
        String text,
        String error,
        @JsonInclude(JsonInclude.Include.NON_NULL) String warcFile,
        @JsonInclude(JsonInclude.Include.NON_NULL) String warcRecordId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long warcOffset) {

    /** The row of a page file, with no WARC fields. */
    public BatchRow(String id, String source, String url, String title, String byline, String published,
            String siteName, String excerpt, String lang, String pageType, String text, String error) {
        this(id, source, url, title, byline, published, siteName, excerpt, lang, pageType, text, error, null, null,
                null);
    }

    /** The row for an article, with {@code error} null or the problem that made it partial. */
    public static BatchRow of(String id, String source, String url, Article a, String error) {
        return new BatchRow(id, source, a.url() != null ? a.url() : url, a.title(), a.byline(), a.published(),
                a.siteName(), a.standfirst(), a.language(), a.pageType().wireName(), a.bodyText(), error);
    }

    /** The row for a file that gave no article. */
    public static BatchRow failed(String id, String source, String url, String error) {
        return new BatchRow(id, source, url, null, null, null, null, null, null, null, null, error);
    }

    /** This row as the row of a page read from a WARC record. */
    public BatchRow from(WarcPage page) {
        return new BatchRow(id, source, url, title, byline, published, siteName, excerpt, lang, pageType, text, error,
                page.warcFile(), page.recordId(), page.offset());
    }

    /** This row as about a WARC file as a whole (one that could not be read to its end). */
    public BatchRow fromWarcFile(String warcFile) {
        return new BatchRow(id, source, url, title, byline, published, siteName, excerpt, lang, pageType, text, error,
                warcFile, null, null);
    }

    public boolean hasError() {
        return error != null;
    }
}
