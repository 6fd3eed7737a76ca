package dev.newsbite.search;

import java.time.Instant;

/**
 * One article found.
 *
 * @param url the address it was read from
 * @param title its headline, or null
 * @param site its site's name (the host when the page names none)
 * @param byline its authors, or null
 * @param date when it was published (when it was read, if the page gives no date)
 * @param snippetHtml a few lines of it around the words searched for, as safe HTML: every
 *     character of the text escaped, and no element but {@code <mark>} around matched words
 * @param score the relevance score (0 when sorted by date without scores)
 */
public record SearchHit(String url, String title, String site, String byline, Instant date, String snippetHtml,
        float score) {

    /** The snippet as plain text, without the marks. */
    public String snippetText() {
        return Snippets.toText(snippetHtml);
    }
}
