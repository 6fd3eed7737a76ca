package dev.newsbite.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link SearchQuery} into a Lucene query: the words over the text fields, a headline match
 * counting most, then the standfirst, then the rest; the filters as non-scoring clauses. A query
 * that is not valid syntax ("AND (", an unclosed quote) is searched as its plain words, with a note
 * saying so, never an error. Thread-safe.
 */
final class Queries {
    /** Field boosts: where a word appears says how much the article is about it. */
    static final Map<String, Float> BOOSTS = Map.of(
            ArticleDocuments.TITLE, 4f,
            ArticleDocuments.STANDFIRST, 2f,
            ArticleDocuments.BODY, 1f,
            ArticleDocuments.BYLINE, 1f,
            ArticleDocuments.PEOPLE, 1.5f,
            ArticleDocuments.PLACES, 1f);
    private static final String[] FIELDS = BOOSTS.keySet().toArray(String[]::new);

    /** The query to run, and why it differs from what was typed (or null). */
    record Built(Query query, Query words, String note) {
    }

    private final Analyzer analyzer;

    Queries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Built build(SearchQuery q) {
        Query words;
        String note = null;
        if (q.text() == null) {
            words = new MatchAllDocsQuery();
        } else {
            try {
                words = parse(q.text());
            } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException e) {
                note = "The search could not be read as written (" + reason(e) + "); its words were searched for"
                        + " instead.";
                try {
                    words = parse(QueryParserBase.escape(q.text()));
                } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException again) {
                    words = new MatchNoDocsQuery("query too complex");
                    note = "The search is too complex to run; try fewer words.";
                }
            }
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        if (q.site() != null) {
            all.add(new TermQuery(new Term(ArticleDocuments.SITE_KEY, ArticleDocuments.siteKey(q.site()))),
                    BooleanClause.Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : startOf(q.from());
            long to = q.to() == null ? Long.MAX_VALUE : startOf(q.to().plusDays(1)) - 1;
            all.add(LongPoint.newRangeQuery(ArticleDocuments.DATE, from, to), BooleanClause.Occur.FILTER);
        }
        if (q.person() != null) {
            Query person = new QueryBuilder(analyzer).createPhraseQuery(ArticleDocuments.PEOPLE, q.person());
            // A name made only of characters the analyser drops matches nobody, not everybody.
            all.add(person != null ? person : new MatchNoDocsQuery("empty person"), BooleanClause.Occur.FILTER);
        }
        return new Built(all.build(), words, note);
    }

    private Query parse(String text) throws ParseException {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
        // Every word must be found (somewhere in the article), as people expect of a news search.
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        Query query = parser.parse(text);
        if (query == null) {
            throw new ParseException("nothing to search for");
        }
        return query;
    }

    private static long startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The parser's complaint, on one short line. */
    private static String reason(Exception e) {
        if (e instanceof IndexSearcher.TooManyClauses) {
            return "too many terms";
        }
        String m = e.getMessage() == null ? "syntax error" : e.getMessage();
        int newline = m.indexOf('\n');
        if (newline > 0) {
            m = m.substring(0, newline);
        }
        m = m.replaceFirst("^Cannot parse '.*?': ", "").strip();
        return m.length() <= 120 ? m : m.substring(0, 119) + "…";
    }
}
