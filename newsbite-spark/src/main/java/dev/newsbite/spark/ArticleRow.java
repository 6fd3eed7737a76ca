package dev.newsbite.spark;

import dev.newsbite.model.Article;
import dev.newsbite.warc.WarcPage;
import java.io.Serializable;
import java.util.List;

/**
 * One output row: what one HTML page of a WARC file gave. The fields up to {@code error} are those
 * of a {@code newsbite batch} row, with the same values ({@code id} is the WARC record id, as a WARC
 * page has no file name; {@code source} the WARC file); the article fields after them are extra,
 * then where the page came from.
 * {@code error} is null, or one line saying why the page failed (the article fields are then null)
 * or why the article may be partial (they are filled).
 */
public record ArticleRow(
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
        String modified,
        String canonicalUrl,
        String leadImage,
        List<String> authors,
        String warcFile,
        String warcRecordId,
        long warcOffset) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The row of an extracted article, {@code error} null or what made it partial. */
    public static ArticleRow of(WarcPage page, Article a, String error) {
        return new ArticleRow(page.recordId(), page.warcFile(), a.url() != null ? a.url() : page.url(), a.title(),
                a.byline(),
                a.published(), a.siteName(), a.standfirst(), a.language(), a.pageType().wireName(), a.bodyText(),
                error, a.modified(), a.canonicalUrl(), a.leadImage(), a.authors(), page.warcFile(), page.recordId(),
                page.offset());
    }

    /** The row of a page that gave no article. */
    public static ArticleRow failed(WarcPage page, String error) {
        return new ArticleRow(page.recordId(), page.warcFile(), page.url(), null, null, null, null, null, null, null, null, error,
                null, null, null, List.of(), page.warcFile(), page.recordId(), page.offset());
    }

    public boolean hasError() {
        return error != null;
    }
}
