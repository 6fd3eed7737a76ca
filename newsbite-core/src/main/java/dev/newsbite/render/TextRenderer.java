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
 * Plain UTF-8 text for reading in a terminal or a mail: the site line, the headline, the
 * standfirst, the byline and date, the "In brief" block when the article has a bite (summary
 * sentences as bullets, reading time, people, organisations, places), the body block by block,
 * the quotes with their speakers, the source line and the original URL, each part separated by a
 * blank line. Nothing is wrapped. A figure shows as one line, its caption
 * once and then its credit. Terminal control characters from the page are dropped.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextRenderer implements Renderer {
    /** Table cells longer than this are not padded into columns; the row is tab-separated. */
    static final int MAX_ALIGNED_CELL_CHARS = 40;
    /** Invisible, and not a letter: after "<" it keeps an HTML parser from seeing a tag. */
    static final char WORD_JOINER = '\u2060';

    private final boolean inertAsHtml;

    /** Plain text as it stands, for terminals, files and programs. */
    public TextRenderer() {
        this(false);
    }

    private TextRenderer(boolean inertAsHtml) {
        this.inertAsHtml = inertAsHtml;
    }

    /**
     * Text for the web: the same, passed through {@link #inertAsHtml(String)}, so that a browser
     * that reads it as HTML anyway makes no element of it. Looks the same; the invisible joiners
     * are kept out of the command line's output, where they would only get in the way.
     */
    public static TextRenderer inertAsHtml() {
        return new TextRenderer(true);
    }

    @Override
    public String render(Article article) {
        List<String> parts = new ArrayList<>();
        ArticleParts.addPart(parts, ArticleParts.siteLine(article));
        ArticleParts.addPart(parts, ArticleParts.oneLine(article.title()));
        ArticleParts.addPart(parts, ArticleParts.clean(article.standfirst()));
        ArticleParts.addPart(parts, ArticleParts.bylineLine(article));
        ArticleParts.addPart(parts, inBrief(article));
        for (Block block : article.body()) {
            ArticleParts.addPart(parts, block(block));
        }
        for (Teaser teaser : article.teasers()) {
            ArticleParts.addPart(parts, teaser(teaser));
        }
        ArticleParts.addPart(parts, quotes(article));
        ArticleParts.addPart(parts, ArticleParts.oneLine(article.source()));
        String url = ArticleParts.originalUrl(article);
        if (url != null) {
            parts.add("Original URL: " + url);
        }
        String text = String.join("\n\n", parts) + "\n";
        return inertAsHtml ? inertAsHtml(text) : text;
    }

    /**
     * The text with every {@code "<"} that could open a tag, comment or declaration (one followed
     * by a letter, "/", "!" or "?") followed by an invisible WORD JOINER (U+2060). Page text may
     * hold markup ("&lt;script&gt;" on the page is "<script>" in the text); if this text is ever
     * read as HTML (a browser sniffing it, a program pasting it into a page) the HTML tokenizer
     * sees "<" before a non-letter, which is plain text, so no element, and no script, can come
     * out of it. Shown as text, nothing changes. Public for other plain-text answers built from
     * page data (an error line quoting what the origin sent).
     */
    public static String inertAsHtml(String text) {
        int lt = text.indexOf('<');
        if (lt < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int at = 0;
        for (; lt >= 0; lt = text.indexOf('<', lt + 1)) {
            if (lt + 1 < text.length() && opensMarkup(text.charAt(lt + 1))) {
                out.append(text, at, lt + 1).append(WORD_JOINER);
                at = lt + 1;
            }
        }
        return out.append(text, at, text.length()).toString();
    }

    /** What may follow "<" to start a tag, an end tag, a comment, a declaration or a processing instruction. */
    private static boolean opensMarkup(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?';
    }


    /** The "In brief" block, or null when the article has no bite or the bite has nothing to show. */
    static String inBrief(Article article) {
        List<String> lines = new ArrayList<>();
        for (String sentence : BiteParts.summary(article)) {
            lines.add("• " + sentence);
        }
        String reading = BiteParts.readingLine(article);
        if (reading != null) {
            lines.add(reading);
        }
        for (BiteParts.NameLine names : BiteParts.nameLines(article)) {
            lines.add(names.label() + ": " + names.names());
        }
        return lines.isEmpty() ? null : BiteParts.HEADING + "\n" + String.join("\n", lines);
    }

    /** The quotes, one a line with their speakers, or null when there are none. */
    static String quotes(Article article) {
        List<BiteParts.QuoteLine> quotes = BiteParts.quotes(article);
        if (quotes.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(BiteParts.QUOTES_HEADING);
        for (BiteParts.QuoteLine q : quotes) {
            out.append("\n“").append(q.text()).append('”');
            if (q.speaker() != null) {
                out.append(" — ").append(q.speaker());
            }
        }
        return out.toString();
    }

    /** The text of one body block, or null when it has none to show. */
    static String block(Block block) {
        if (block instanceof Paragraph p) {
            return ArticleParts.clean(p.text());
        } else if (block instanceof Heading h) {
            return ArticleParts.oneLine(h.text());
        } else if (block instanceof ListBlock list) {
            return list(list);
        } else if (block instanceof Quote q) {
            return quote(q);
        } else if (block instanceof Table t) {
            return table(t);
        } else if (block instanceof Figure f) {
            return ArticleParts.figureLine(f);
        } else if (block instanceof Embed e) {
            return embed(e);
        }
        return null;
    }

    private static String list(ListBlock list) {
        List<String> items = ArticleParts.listItems(list);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String marker = ArticleParts.listMarker(list, i);
            // Continuation lines line up under the item's first word.
            out.append(i == 0 ? "" : "\n").append(marker)
                    .append(items.get(i).replace("\n", "\n" + " ".repeat(marker.length())));
        }
        return items.isEmpty() ? null : out.toString();
    }

    private static String quote(Quote q) {
        String text = ArticleParts.clean(q.text());
        if (text == null) {
            return null;
        }
        String cite = ArticleParts.oneLine(q.cite());
        return cite == null ? text : text + "\n— " + cite;
    }

    private static String embed(Embed e) {
        String url = SafeUrls.webOrNull(e.url());
        if (url == null) {
            return null;
        }
        String kind = ArticleParts.oneLine(e.kind());
        String title = ArticleParts.oneLine(e.title());
        return "[" + (kind == null ? "embed" : kind) + "] " + (title == null ? "" : title + ": ") + url;
    }

    /** Rows in padded columns when the cells are short, else tab-separated; a rule under the headers. */
    static String table(Table t) {
        List<List<String>> rows = new ArrayList<>();
        int columns = 0;
        boolean aligned = true;
        for (List<String> row : t.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (String cell : row) {
                String c = ArticleParts.oneLine(cell);
                c = c == null ? "" : c;
                aligned &= c.length() <= MAX_ALIGNED_CELL_CHARS;
                cells.add(c);
            }
            columns = Math.max(columns, cells.size());
            rows.add(cells);
        }
        if (columns == 0) {
            return ArticleParts.oneLine(t.caption());
        }
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        String caption = ArticleParts.oneLine(t.caption());
        if (caption != null) {
            out.append(caption).append('\n');
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    line.append(aligned ? "  " : "\t");
                }
                line.append(row.get(i));
                if (aligned && i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - width(row.get(i))));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (aligned && r == t.headerRows() - 1 && r < rows.size() - 1) {
                int total = 0;
                for (int w : widths) {
                    total += w;
                }
                out.append("-".repeat(total + 2 * (columns - 1))).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String teaser(Teaser t) {
        StringBuilder out = new StringBuilder();
        String headline = ArticleParts.oneLine(t.headline());
        String url = SafeUrls.webOrNull(t.url());
        if (headline == null || url == null) {
            return null;
        }
        out.append(headline);
        String standfirst = ArticleParts.oneLine(t.standfirst());
        if (standfirst != null) {
            out.append('\n').append(standfirst);
        }
        String byline = ArticleParts.oneLine(t.byline());
        if (byline != null) {
            out.append('\n').append(byline);
        }
        return out.append('\n').append(url).toString();
    }
}
