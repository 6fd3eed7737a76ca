package dev.newsbite.reader.view;

import java.util.List;

/**
 * What the templates under {@code src/main/jte} are given: every value already chosen, checked and
 * formatted by {@link Pages}, so a template only lays them out (and escapes them). Public only
 * because the compiled templates live in another package; nothing else should build these.
 */
public final class PageModels {
    private PageModels() {
    }

    /**
     * A link to a page outside NewsBite, or just its text when it may not be a link.
     *
     * @param href an http(s) address, or null when {@code text} must not be linked
     * @param text what to show
     */
    public record OutLink(String href, String text) {
    }

    /**
     * A reader page.
     *
     * @param title the document title
     * @param fragmentHtml the article element, already built and cleaned through the core
     *     renderer's allowlist (the only markup a template may print unescaped)
     * @param empty true when the page gave neither story text nor teasers
     * @param listing true for a listing, section or front page
     * @param notice a banner line, or null
     * @param original the original page (never rewritten), or null
     * @param textPath the reader path of the same page as plain text, or null
     * @param markdownPath the same as Markdown, or null
     * @param jsonPath the same as JSON, or null
     * @param fetchedIso when it was read from the origin, ISO-8601
     * @param fetchedText the same for a person
     * @param readingMinutes about how long the story takes to read, or 0 when that means nothing
     *     (a listing, a page without text)
     * @param bite the "In brief" box above the article, or null when there is none
     * @param alsoPublishedBy other outlets' copies of the story ("Also published by"), empty when none
     */
    public record ArticlePage(String title, String fragmentHtml, boolean empty, boolean listing, String notice,
            OutLink original, String textPath, String markdownPath, String jsonPath, String fetchedIso,
            String fetchedText, int readingMinutes, BiteBox bite, List<OutletLink> alsoPublishedBy) {
    }

    /**
     * Another outlet's copy of the story, linked through the reader.
     *
     * @param href the copy's reader path (a path on this reader, never another scheme)
     * @param site the outlet's name, or its host when the page gives none
     * @param title the copy's headline, or null
     * @param publishedIso when it was published, ISO-8601, or null
     * @param publishedText the same for a person, or null
     */
    public record OutletLink(String href, String site, String title, String publishedIso, String publishedText) {
    }

    /**
     * The story in a bite, shown above the article.
     *
     * @param summary the summary's sentences
     * @param reading "4 min read · 812 words", or null
     * @param names people, organisations and places, one line per kind the bite has
     * @param quotes the quotes with their speakers
     */
    public record BiteBox(List<String> summary, String reading, List<NameLine> names, List<QuoteLine> quotes) {
    }

    /** A kind of name ("People") and the names of that kind, joined. */
    public record NameLine(String label, String names) {
    }

    /** A quote's words and who said them (null when the article does not say clearly). */
    public record QuoteLine(String text, String speaker) {
    }

    /**
     * One line of the recently read list.
     *
     * @param href the reader path
     * @param title the headline, or the address when there is none
     * @param site the site's name or host, or null
     * @param timeIso when it was read, ISO-8601
     * @param timeText the same for a person
     */
    public record RecentLink(String href, String title, String site, String timeIso, String timeText) {
    }

    /**
     * The home page.
     *
     * @param typed what to put back in the address box, or null
     * @param problem why it could not be read, or null
     * @param recent the recently read list, newest first
     */
    public record HomePage(String typed, String problem, List<RecentLink> recent) {
    }

    /**
     * An error page.
     *
     * @param status the HTTP status
     * @param kind the error's stable word, reduced to {@code [a-z0-9-]}
     * @param heading the one-line heading
     * @param detail the detail line, or null
     * @param original the page asked for, or null
     * @param typed what to put back in the address box, or null
     */
    public record ErrorPage(int status, String kind, String heading, String detail, OutLink original, String typed) {
    }
}
