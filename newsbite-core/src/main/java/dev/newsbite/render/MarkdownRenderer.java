package dev.newsbite.render;

import dev.newsbite.model.Article;
import dev.newsbite.model.Block;
import dev.newsbite.model.Embed;
import dev.newsbite.model.Figure;
import dev.newsbite.model.Heading;
import dev.newsbite.model.ListBlock;
import dev.newsbite.model.Paragraph;
import dev.newsbite.model.Quote;
import dev.newsbite.model.Table;
import dev.newsbite.model.Teaser;
import java.util.ArrayList;
import java.util.List;

/**
 * CommonMark with GFM tables: {@code # title}, the standfirst in italics, the byline and date,
 * the "In brief" block when the article has a bite (summary as a list, then reading time and names
 * on one line), the body ({@code ##} sub-headings, lists, {@code >} quotes, tables, images with their caption
 * and credit, links kept inside paragraphs), the quotes as a list, the source line and a link to the original. All page
 * text is escaped, so nothing on the page becomes Markdown syntax or raw HTML; only http(s)
 * addresses (and inline raster images) become links or images.
 *
 * <p>Stateless and thread-safe.
 */
public final class MarkdownRenderer implements Renderer {

    @Override
    public String render(Article article) {
        List<String> parts = new ArrayList<>();
        String site = ArticleParts.siteLine(article);
        if (site != null) {
            parts.add(MarkdownText.escapeLine(site));
        }
        String title = ArticleParts.oneLine(article.title());
        if (title != null) {
            parts.add("# " + headingText(title));
        }
        String standfirst = ArticleParts.oneLine(article.standfirst());
        if (standfirst != null) {
            parts.add("*" + MarkdownText.escapeLine(standfirst) + "*");
        }
        String byline = ArticleParts.bylineLine(article);
        if (byline != null) {
            parts.add(MarkdownText.escapeLine(byline));
        }
        ArticleParts.addPart(parts, inBrief(article));
        if (article.body().stream().noneMatch(Figure.class::isInstance)) {
            String lead = SafeUrls.imageOrNull(article.leadImage());
            if (lead != null) {
                parts.add("![](" + MarkdownText.destination(lead) + ")");
            }
        }
        for (Block block : article.body()) {
            ArticleParts.addPart(parts, block(block));
        }
        for (Teaser teaser : article.teasers()) {
            ArticleParts.addPart(parts, teaser(teaser));
        }
        ArticleParts.addPart(parts, quotes(article));
        String source = ArticleParts.oneLine(article.source());
        if (source != null) {
            parts.add(MarkdownText.escapeLine(source));
        }
        String url = ArticleParts.originalUrl(article);
        if (url != null) {
            parts.add("[Original URL](" + MarkdownText.destination(url) + ")");
        }
        return withoutAngleBrackets(String.join("\n\n", parts) + "\n");
    }

    /**
     * The document with each "<" written as the entity {@code &lt;} (an escaped {@code \<} as well):
     * CommonMark shows {@code &lt;} as "<", exactly as {@code \<}, but a browser that ever reads
     * the Markdown as HTML sees text where {@code \<script>} would still be a script element.
     * Destinations never hold "<" (they are percent-encoded), so only page text changes.
     */
    static String withoutAngleBrackets(String markdown) {
        if (markdown.indexOf('<') < 0) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length() + 32);
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '<') {
                if (out.length() > 0 && out.charAt(out.length() - 1) == '\\' && escapes(out)) {
                    out.setLength(out.length() - 1);
                }
                out.append("&lt;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the backslash ending {@code out} escapes the next character (it is not itself escaped). */
    private static boolean escapes(StringBuilder out) {
        int run = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\\'; i--) {
            run++;
        }
        return run % 2 == 1;
    }


    static String block(Block block) {
        if (block instanceof Paragraph p) {
            return paragraph(p);
        } else if (block instanceof Heading h) {
            String text = ArticleParts.oneLine(h.text());
            return text == null ? null : "#".repeat(h.level()) + " " + headingText(text);
        } else if (block instanceof ListBlock list) {
            return list(list);
        } else if (block instanceof Quote q) {
            return quote(q);
        } else if (block instanceof Table t) {
            return table(t);
        } else if (block instanceof Figure f) {
            return figure(f);
        } else if (block instanceof Embed e) {
            return embed(e);
        }
        return null;
    }

    /** The "In brief" block, or null when the article has no bite or the bite has nothing to show. */
    static String inBrief(Article article) {
        List<String> summary = BiteParts.summary(article);
        List<String> facts = new ArrayList<>();
        String reading = BiteParts.readingLine(article);
        if (reading != null) {
            facts.add("*" + MarkdownText.escapeInline(reading) + "*");
        }
        for (BiteParts.NameLine names : BiteParts.nameLines(article)) {
            facts.add("**" + names.label() + ":** " + MarkdownText.escapeInline(names.names()));
        }
        if (summary.isEmpty() && facts.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder("**").append(BiteParts.HEADING).append("**");
        if (!summary.isEmpty()) {
            out.append("\n");
            for (String sentence : summary) {
                out.append("\n- ").append(MarkdownText.escapeLine(sentence));
            }
        }
        if (!facts.isEmpty()) {
            out.append("\n\n").append(String.join(" · ", facts));
        }
        return out.toString();
    }

    /** The quotes as a list with their speakers, or null when there are none. */
    static String quotes(Article article) {
        List<BiteParts.QuoteLine> quotes = BiteParts.quotes(article);
        if (quotes.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder("**").append(BiteParts.QUOTES_HEADING).append("**\n");
        for (BiteParts.QuoteLine q : quotes) {
            out.append("\n- “").append(MarkdownText.escapeInline(q.text())).append('”');
            if (q.speaker() != null) {
                out.append(" — ").append(MarkdownText.escapeInline(q.speaker()));
            }
        }
        return out.toString();
    }

    /** A heading's text; a trailing "#" would otherwise be read as a closing sequence. */
    private static String headingText(String text) {
        String escaped = MarkdownText.escapeInline(text);
        return escaped.endsWith("#") ? escaped.substring(0, escaped.length() - 1) + "\\#" : escaped;
    }

    static String paragraph(Paragraph p) {
        StringBuilder out = new StringBuilder();
        for (ArticleParts.Piece piece : ArticleParts.pieces(p)) {
            String text = MarkdownText.escapeInline(piece.text());
            if (piece.href() == null || text.isBlank()) {
                out.append(text);
            } else {
                out.append('[').append(text).append("](").append(MarkdownText.destination(piece.href())).append(')');
            }
        }
        return out.length() == 0 ? null : MarkdownText.escapeLineStarts(out.toString());
    }

    private static String list(ListBlock list) {
        List<String> items = ArticleParts.listItems(list);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String marker = ArticleParts.listMarker(list, i);
            // Continuation lines are indented to the item's content so they stay in the item.
            out.append(i == 0 ? "" : "\n").append(marker)
                    .append(MarkdownText.escape(items.get(i)).replace("\n", "\n" + " ".repeat(marker.length())));
        }
        return items.isEmpty() ? null : out.toString();
    }

    private static String quote(Quote q) {
        String text = ArticleParts.clean(q.text());
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder("> ").append(MarkdownText.escape(text).replace("\n", "\n> "));
        String cite = ArticleParts.oneLine(q.cite());
        if (cite != null) {
            out.append("\n>\n> — ").append(MarkdownText.escapeInline(cite));
        }
        return out.toString();
    }

    static String table(Table t) {
        int columns = t.rows().stream().mapToInt(List::size).max().orElse(0);
        String caption = ArticleParts.oneLine(t.caption());
        if (columns == 0) {
            return caption == null ? null : "*" + MarkdownText.escapeLine(caption) + "*";
        }
        StringBuilder out = new StringBuilder();
        if (caption != null) {
            out.append('*').append(MarkdownText.escapeLine(caption)).append("*\n\n");
        }
        // GFM needs exactly one header row: the first row when the page marks one, else blanks.
        int first = 0;
        if (t.headerRows() > 0) {
            row(out, t.rows().get(0), columns);
            first = 1;
        } else {
            row(out, List.of(), columns);
        }
        out.append("\n|");
        for (int i = 0; i < columns; i++) {
            out.append(" --- |");
        }
        for (int r = first; r < t.rows().size(); r++) {
            out.append('\n');
            row(out, t.rows().get(r), columns);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells, int columns) {
        out.append('|');
        for (int i = 0; i < columns; i++) {
            String cell = i < cells.size() ? ArticleParts.oneLine(cells.get(i)) : null;
            // Inline escaping only: a cell is not at a line start, and "\#" there would show.
            out.append(' ').append(cell == null ? "" : MarkdownText.escapeInline(cell)).append(" |");
        }
    }

    private static String figure(Figure f) {
        String src = ArticleParts.firstImage(f);
        String alt = ArticleParts.oneLine(f.alt());
        String caption = ArticleParts.oneLine(f.caption());
        String credit = ArticleParts.creditBeyond(caption, f.credit());
        StringBuilder out = new StringBuilder();
        if (src != null) {
            String altText = alt != null ? alt : caption;
            out.append("![").append(altText == null ? "" : MarkdownText.escapeInline(altText)).append("](")
                    .append(MarkdownText.destination(src)).append(')');
        }
        String words = caption != null ? (credit != null ? caption + " " + credit : caption)
                : (src == null ? ArticleParts.figureLine(f) : credit);
        if (words != null) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append('*').append(MarkdownText.escapeInline(ArticleParts.oneLine(words))).append('*');
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static String embed(Embed e) {
        String url = SafeUrls.webOrNull(e.url());
        if (url == null) {
            return null;
        }
        String kind = ArticleParts.oneLine(e.kind());
        String title = ArticleParts.oneLine(e.title());
        String label = title != null ? title : url;
        return "*" + MarkdownText.escapeInline(kind == null ? "embed" : kind) + ":* ["
                + MarkdownText.escapeInline(label) + "](" + MarkdownText.destination(url) + ")";
    }

    private static String teaser(Teaser t) {
        String headline = ArticleParts.oneLine(t.headline());
        String url = SafeUrls.webOrNull(t.url());
        if (headline == null || url == null) {
            return null;
        }
        StringBuilder out = new StringBuilder("## [").append(MarkdownText.escapeInline(headline)).append("](")
                .append(MarkdownText.destination(url)).append(')');
        String standfirst = ArticleParts.oneLine(t.standfirst());
        if (standfirst != null) {
            out.append("\n\n").append(MarkdownText.escapeLine(standfirst));
        }
        String byline = ArticleParts.oneLine(t.byline());
        if (byline != null) {
            out.append("\n\n*").append(MarkdownText.escapeInline(byline)).append('*');
        }
        return out.toString();
    }
}
