package dev.newsbite.search;

import dev.newsbite.similar.Outlet;
import dev.newsbite.similar.StoryGroups;
import dev.newsbite.similar.StoryPrint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The other copies of a story among the articles in an {@link ArticleIndex}: candidates are the
 * articles sharing at least one LSH band key with the print (those sharing most bands first), and
 * each is checked with {@link StoryPrint#sameStory}. A failing index answers "no copies" (logged):
 * the article page must not fail for want of its neighbours. Thread-safe.
 */
public final class StoryFinder implements StoryGroups {
    private static final Logger LOG = LoggerFactory.getLogger(StoryFinder.class);
    /** Candidates checked at most: the ones sharing most bands come first and are the likely copies. */
    private static final int MAX_CANDIDATES = 200;

    private final ArticleIndex index;

    public StoryFinder(ArticleIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    private record Scored(Outlet outlet, double similarity) {
    }

    @Override
    public List<Outlet> sameStory(String url, StoryPrint print, int limit) {
        if (print == null || print.isEmpty() || limit <= 0) {
            return List.of();
        }
        BooleanQuery.Builder bands = new BooleanQuery.Builder();
        for (long key : print.bandValues()) {
            // One point per shared band: the candidates sharing most come first.
            bands.add(new ConstantScoreQuery(LongPoint.newExactQuery(ArticleDocuments.STORY_BAND, key)),
                    BooleanClause.Occur.SHOULD);
        }
        if (url != null) {
            bands.add(new TermQuery(new Term(ArticleDocuments.URL, url)), BooleanClause.Occur.MUST_NOT);
        }
        try {
            return index.withSearcher(searcher -> {
                TopDocs top = searcher.search(bands.build(), MAX_CANDIDATES);
                StoredFields stored = searcher.storedFields();
                List<Scored> found = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = stored.document(sd.doc);
                    BytesRef bytes = d.getBinaryValue(ArticleDocuments.STORY_PRINT);
                    if (bytes == null) {
                        continue;
                    }
                    StoryPrint other;
                    try {
                        other = StoryPrint.fromBytes(BytesRef.deepCopyOf(bytes).bytes);
                    } catch (IllegalArgumentException e) {
                        continue; // a print from another version: that article is simply not a candidate
                    }
                    if (print.sameStory(other)) {
                        IndexableField published = d.getField(ArticleDocuments.PUBLISHED);
                        found.add(new Scored(new Outlet(d.get(ArticleDocuments.URL), d.get(ArticleDocuments.SITE),
                                d.get(ArticleDocuments.TITLE), published == null ? null
                                        : Instant.ofEpochMilli(published.numericValue().longValue())),
                                print.similarity(other)));
                    }
                }
                found.sort(Comparator.comparingDouble(Scored::similarity).reversed());
                return found.stream().limit(limit).map(Scored::outlet).toList();
            });
        } catch (SearchException | RuntimeException e) {
            LOG.warn("cannot look for other copies of {}: {}", url, e.getMessage());
            return List.of();
        }
    }
}
