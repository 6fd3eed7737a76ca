package dev.newsbite.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.newsbite.bite.quotes.Quote;
import java.util.List;
import java.util.Objects;

/**
 * What NewsBite found on one page. Text fields are null when the page does not give them; lists
 * are never null. {@code published} and {@code modified} are ISO-8601 strings, with the offset
 * where the page gives one (a bare date where it gives only that). {@code source} is a syndication
 * line such as "The Times". {@code teasers} is filled for listing pages. {@code bite} is the story
 * in a bite (summary, reading time, who and where) for article pages, null for other pages or
 * when it was not asked for; {@code quotes} the direct quotations with their speakers (empty when
 * none, or no bite). The last two come last in the JSON, after the fields that came before them.
 */
@JsonPropertyOrder({"url", "canonicalUrl", "pageType", "title", "standfirst", "authors", "published",
    "modified", "siteName", "source", "language", "leadImage", "body", "teasers", "bite", "quotes"})
public record Article(
        String url,
        String canonicalUrl,
        PageType pageType,
        String title,
        String standfirst,
        List<String> authors,
        String published,
        String modified,
        String siteName,
        String source,
        String language,
        String leadImage,
        List<Block> body,
        List<Teaser> teasers,
        Bite bite,
        List<Quote> quotes) {

    @JsonCreator
    public Article {
        Objects.requireNonNull(pageType, "pageType");
        authors = authors == null ? List.of() : List.copyOf(authors);
        body = body == null ? List.of() : List.copyOf(body);
        teasers = teasers == null ? List.of() : List.copyOf(teasers);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }

    /** An article without a bite: what every page gave before the bite existed. */
    public Article(String url, String canonicalUrl, PageType pageType, String title, String standfirst,
            List<String> authors, String published, String modified, String siteName, String source,
            String language, String leadImage, List<Block> body, List<Teaser> teasers) {
        this(url, canonicalUrl, pageType, title, standfirst, authors, published, modified, siteName, source,
                language, leadImage, body, teasers, null, List.of());
    }

    /** This article with {@code bite} and {@code quotes} (null and empty to take them away). */
    public Article withBite(Bite bite, List<Quote> quotes) {
        return new Article(url, canonicalUrl, pageType, title, standfirst, authors, published, modified, siteName,
                source, language, leadImage, body, teasers, bite, quotes);
    }

    /** The authors joined by ", ", or null when there are none. */
    public String byline() {
        return authors.isEmpty() ? null : String.join(", ", authors);
    }

    /**
     * The body as plain text: paragraphs, sub-headings, lists, quotes and tables, a blank line
     * between blocks; no headline, standfirst, captions, credits or source line.
     */
    public String bodyText() {
        return bodyText(body);
    }

    /** {@link #bodyText()} of any list of blocks, for callers still assembling an article. */
    public static String bodyText(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            String text = block.text();
            if (text == null || text.isBlank()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(text);
        }
        return out.toString();
    }
}
