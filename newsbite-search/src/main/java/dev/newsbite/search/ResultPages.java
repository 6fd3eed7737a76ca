package dev.newsbite.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Runs a built query for one page of results: the top hits up to that page (newest first through
 * the date's doc values, which let Lucene skip whole blocks; best first by BM25), then the page's
 * stored fields and snippets. Hits are counted exactly up to {@value #COUNT_EXACTLY_UP_TO}; past
 * it the count is "at least", since counting every match would cost every query.
 */
final class ResultPages {
    static final int COUNT_EXACTLY_UP_TO = 1_000;
    private static final Sort NEWEST = new Sort(new SortField(ArticleDocuments.DATE, SortField.Type.LONG, true));

    private ResultPages() {
    }

    static SearchResults run(IndexSearcher searcher, Analyzer analyzer, Queries.Built built, SearchQuery q)
            throws IOException {
        int wanted = q.page() * q.pageSize();
        int countUpTo = Math.max(COUNT_EXACTLY_UP_TO, wanted);
        TopDocs top = q.sort() == SearchQuery.Sort.NEWEST
                ? searcher.search(built.query(), new TopFieldCollectorManager(NEWEST, wanted, null, countUpTo))
                : searcher.search(built.query(), new TopScoreDocCollectorManager(wanted, null, countUpTo));
        int from = Math.min(top.scoreDocs.length, (q.page() - 1) * q.pageSize());
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        String[] snippets = Snippets.of(searcher, analyzer, built.words(), new TopDocs(top.totalHits, page));
        List<SearchHit> hits = new ArrayList<>(page.length);
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < page.length; i++) {
            Document d = stored.document(page[i].doc);
            IndexableField date = d.getField(ArticleDocuments.DATE);
            hits.add(new SearchHit(d.get(ArticleDocuments.URL), d.get(ArticleDocuments.TITLE),
                    d.get(ArticleDocuments.SITE), d.get(ArticleDocuments.BYLINE),
                    date == null ? null : Instant.ofEpochMilli(date.numericValue().longValue()), snippets[i],
                    Float.isNaN(page[i].score) ? 0f : page[i].score));
        }
        boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        return new SearchResults(q, top.totalHits.value, exact, hits, built.note());
    }
}
