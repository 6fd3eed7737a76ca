package dev.newsbite.cli.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.newsbite.model.Article;

/**
 * One line of {@code newsbite batch} output: what one page file gave. The field names are a
 * contract (scorers and other tools read them). Fields the page does not give are null;
 * {@code error} is a one-line message when the file failed, else null (a partial article, such as
 * from a truncated gzip file, fills the other fields and sets {@code error} too).
 */
@JsonPropertyOrder({"id", "source", "url", "title", "byline", "published", "siteName", "excerpt", "lang",
    "pageType", "text", "error"})
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
        String error) {

    /** The row for an article, with {@code error} null or the problem that made it partial. */
    public static BatchRow of(String id, String source, String url, Article a, String error) {
        return new BatchRow(id, source, a.url() != null ? a.url() : url, a.title(), a.byline(), a.published(),
                a.siteName(), a.standfirst(), a.language(), a.pageType().wireName(), a.bodyText(), error);
    }

    /** The row for a file that gave no article. */
    public static BatchRow failed(String id, String source, String url, String error) {
        return new BatchRow(id, source, url, null, null, null, null, null, null, null, null, error);
    }

    public boolean hasError() {
        return error != null;
    }
}
