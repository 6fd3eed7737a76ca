package dev.newsbite.search;

import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The lines of each result around the words searched for, as safe HTML: the text is escaped
 * character by character and matched words are wrapped in {@code <mark>}, the only element a
 * snippet holds. The standfirst's passages come from its postings' offsets; the body of each hit
 * shown is analysed again (at most its first 10,000 characters). An article matched by its headline
 * alone gets its first lines.
 */
final class Snippets {
    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";
    private static final int PASSAGE_CHARS = 180;
    private static final int BODY_PASSAGES = 2;
    private static final String[] FIELDS = {ArticleDocuments.BODY, ArticleDocuments.STANDFIRST};

    private Snippets() {
    }

    /** One snippet per hit, in order; an empty string for an article with no text. */
    static String[] of(IndexSearcher searcher, Analyzer analyzer, Query words, TopDocs hits) throws java.io.IOException {
        if (hits.scoreDocs.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(OPEN, CLOSE, " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.3f))
                .withMaxLength(10_000)
                .build();
        var fields = highlighter.highlightFields(FIELDS, words, hits, new int[] {BODY_PASSAGES, 1});
        String[] body = fields.get(ArticleDocuments.BODY);
        String[] standfirst = fields.get(ArticleDocuments.STANDFIRST);
        String[] out = new String[hits.scoreDocs.length];
        for (int i = 0; i < out.length; i++) {
            String b = body == null ? null : body[i];
            String s = standfirst == null ? null : standfirst[i];
            // The body's lines when it holds a searched word; else the standfirst's when it does.
            if (b != null && !b.contains(OPEN) && s != null && s.contains(OPEN)) {
                out[i] = s;
            } else {
                out[i] = b != null ? b : s != null ? s : "";
            }
        }
        return out;
    }

    /** A snippet's text: the marks taken out, the escapes read back. */
    static String toText(String html) {
        if (html == null) {
            return null;
        }
        String s = html.replace(OPEN, "").replace(CLOSE, "");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&') {
                int semi = s.indexOf(';', i);
                if (semi > i && semi - i <= 7) {
                    String entity = s.substring(i + 1, semi);
                    String decoded = switch (entity) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "#x27", "#39" -> "'";
                        case "#x2F", "#x2f", "#47" -> "/";
                        default -> null;
                    };
                    if (decoded != null) {
                        out.append(decoded);
                        i = semi;
                        continue;
                    }
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
