package dev.newsbite.search;

import static dev.newsbite.search.Articles.entry;
import static dev.newsbite.search.Articles.withPeople;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {
    @TempDir
    Path dir;
    ArticleIndex index;

    @BeforeEach
    void open() throws SearchException {
        index = ArticleIndex.open(dir.resolve("idx"));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void addSample() throws SearchException {
        index.add(withPeople(entry("https://news.example/a", "Harbour bridge reopens after repairs",
                "2026-01-05T08:00:00Z", "Example News",
                "The old bridge over the harbour opened again on Monday.",
                "Engineers said the repairs took two years."), List.of("Maria Lopez"), List.of("Lisbon")));
        index.add(withPeople(entry("https://other.example/b", "Council budget vote delayed", "2026-01-07",
                "Other Times", "The council will vote on the budget next week.",
                "A bridge across the river is among the projects that would be cut."),
                List.of("John Smith", "Maria Green"), List.of("Porto")));
        index.add(entry("https://news.example/c", "Weather: storms expected", "2025-12-20T10:00:00+01:00",
                "Example News", "Heavy rain and wind are expected across the region."));
        index.refresh();
    }

    @Test
    void aHeadlineMatchRanksAboveABodyMatch() throws SearchException {
        addSample();
        SearchResults r = index.search(SearchQuery.of("bridge"));
        assertThat(r.totalHits()).isEqualTo(2);
        assertThat(r.totalExact()).isTrue();
        assertThat(r.hits()).extracting(SearchHit::url)
                .containsExactly("https://news.example/a", "https://other.example/b");
        SearchHit first = r.hits().get(0);
        assertThat(first.title()).isEqualTo("Harbour bridge reopens after repairs");
        assertThat(first.site()).isEqualTo("Example News");
        assertThat(first.byline()).isEqualTo("Ann Writer");
        assertThat(first.date()).hasToString("2026-01-05T08:00:00Z");
        assertThat(first.snippetHtml()).contains("<mark>bridge</mark>");
    }

    @Test
    void everyWordMustBeFoundAndPluralsMatch() throws SearchException {
        addSample();
        assertThat(index.search(SearchQuery.of("bridge budget")).hits()).extracting(SearchHit::url)
                .containsExactly("https://other.example/b");
        assertThat(index.search(SearchQuery.of("storm")).hits()).extracting(SearchHit::url)
                .containsExactly("https://news.example/c");
        assertThat(index.search(SearchQuery.of("\"next week\"")).totalHits()).isEqualTo(1);
    }

    @Test
    void newestFirstSortsByDate() throws SearchException {
        addSample();
        SearchResults r = index.search(SearchQuery.of(null));
        assertThat(r.hits()).extracting(SearchHit::url).containsExactly("https://other.example/b",
                "https://news.example/a", "https://news.example/c");
        SearchResults bridge = index.search(SearchQuery.of("bridge").withSort(SearchQuery.Sort.NEWEST));
        assertThat(bridge.hits()).extracting(SearchHit::url).containsExactly("https://other.example/b",
                "https://news.example/a");
    }

    @Test
    void filtersBySiteNameOrHostDateRangeAndPerson() throws SearchException {
        addSample();
        assertThat(index.search(SearchQuery.of(null).withSite("example news")).hits()).extracting(SearchHit::url)
                .containsExactlyInAnyOrder("https://news.example/a", "https://news.example/c");
        assertThat(index.search(SearchQuery.of(null).withSite("www.other.example")).hits())
                .extracting(SearchHit::url).containsExactly("https://other.example/b");
        assertThat(index.search(SearchQuery.of(null).withDates(LocalDate.parse("2026-01-01"), null)).totalHits())
                .isEqualTo(2);
        // The to day is included whole; the +01:00 time is 09:00 UTC on the 20th.
        assertThat(index.search(SearchQuery.of(null).withDates(null, LocalDate.parse("2025-12-20"))).hits())
                .extracting(SearchHit::url).containsExactly("https://news.example/c");
        assertThat(index.search(SearchQuery.of(null).withDates(LocalDate.parse("2026-01-07"),
                LocalDate.parse("2026-01-07"))).hits()).extracting(SearchHit::url)
                .containsExactly("https://other.example/b");
        assertThat(index.search(SearchQuery.of(null).withPerson("maria lopez")).hits()).extracting(SearchHit::url)
                .containsExactly("https://news.example/a");
        assertThat(index.search(SearchQuery.of(null).withPerson("Maria")).totalHits()).isEqualTo(2);
        // Names are kept apart: no phrase runs from "John Smith" into "Maria Green".
        assertThat(index.search(SearchQuery.of(null).withPerson("Smith Maria")).totalHits()).isZero();
        assertThat(index.search(SearchQuery.of("lisbon")).hits()).extracting(SearchHit::url)
                .containsExactly("https://news.example/a");
        assertThat(index.search(SearchQuery.of("bridge").withSite("Other Times").withPerson("John Smith")).hits())
                .extracting(SearchHit::url).containsExactly("https://other.example/b");
    }

    @Test
    void pagesThroughResults() throws SearchException {
        for (int i = 0; i < 25; i++) {
            index.add(entry("https://news.example/p" + i, "Story " + i, String.format("2026-01-%02dT00:00:00Z", i + 1),
                    "Example News", "A story about trains, number " + i + "."));
        }
        index.refresh();
        SearchQuery q = SearchQuery.of("trains").withSort(SearchQuery.Sort.NEWEST).withPageSize(10);
        SearchResults first = index.search(q);
        SearchResults third = index.search(q.withPage(3));
        assertThat(first.totalHits()).isEqualTo(25);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hits()).hasSize(10).first().extracting(SearchHit::url).isEqualTo("https://news.example/p24");
        assertThat(third.hits()).extracting(SearchHit::url).containsExactly("https://news.example/p4",
                "https://news.example/p3", "https://news.example/p2", "https://news.example/p1",
                "https://news.example/p0");
        assertThat(third.hasNext()).isFalse();
        assertThat(index.search(q.withPage(4)).hits()).isEmpty();
    }

    @Test
    void reAddingAUrlReplacesItsEntry() throws SearchException {
        index.add(entry("https://news.example/a", "First version", null, "Example News", "Ferries are late."));
        index.add(entry("https://news.example/a", "Second version", null, "Example News", "Ferries are on time."));
        index.refresh();
        assertThat(index.count()).isEqualTo(1);
        assertThat(index.search(SearchQuery.of("ferries")).hits()).extracting(SearchHit::title)
                .containsExactly("Second version");
        index.delete("https://news.example/a");
        index.refresh();
        assertThat(index.count()).isZero();
    }

    @Test
    void snippetsAreEscapedAndHoldOnlyMarks() throws SearchException {
        index.add(entry("https://evil.example/x", "<script>alert(1)</script> headline", null, "Evil",
                "Read <img src=x onerror=alert(1)> & \"quotes\" 'here' about the <b>hack</b> now.",
                "<mark>fake</mark> marks and </textarea><svg onload=alert(2)> hack again."));
        index.refresh();
        for (String q : List.of("hack", "alert", "img", "mark", "headline", "svg")) {
            SearchResults r = index.search(SearchQuery.of(q));
            assertThat(r.hits()).as(q).hasSize(1);
            String html = r.hits().get(0).snippetHtml();
            String withoutMarks = html.replace("<mark>", "").replace("</mark>", "");
            assertThat(withoutMarks).as(q).doesNotContain("<").doesNotContain(">").doesNotContain("\"");
            assertThat(Pattern.compile("&(?!amp;|lt;|gt;|quot;|#x27;|#x2F;)").matcher(withoutMarks).find()).as(html)
                    .isFalse();
        }
        SearchHit hit = index.search(SearchQuery.of("hack")).hits().get(0);
        assertThat(hit.snippetText()).contains("<img src=x onerror=alert(1)> & \"quotes\" 'here'");
        assertThat(hit.snippetHtml()).contains("<mark>hack</mark>");
    }

    @Test
    void aSyntaxErrorSearchesThePlainWordsWithANote() throws SearchException {
        addSample();
        for (String bad : List.of("bridge AND (", "\"bridge", "bridge]", "*bridge", "bridge~~~~", "OR", "/bri",
                "title:", "bridge^^", "{ TO }")) {
            SearchResults r = index.search(SearchQuery.of(bad));
            assertThat(r).as(bad).isNotNull();
        }
        SearchResults r = index.search(SearchQuery.of("bridge AND ("));
        assertThat(r.note()).startsWith("The search could not be read as written");
        assertThat(r.hits()).extracting(SearchHit::url).contains("https://news.example/a");
        assertThat(index.search(SearchQuery.of("bridge")).note()).isNull();
    }

    @Test
    void anAddedArticleIsFoundWithinASecondWithoutRefresh() throws Exception {
        index.add(entry("https://news.example/nrt", "Tram line opens", null, "Example News", "Trams run today."));
        long start = System.nanoTime();
        while (index.search(SearchQuery.of("tram")).totalHits() == 0) {
            assertThat(System.nanoTime() - start).as("visible within a second").isLessThan(1_000_000_000L);
            Thread.sleep(20);
        }
    }

    @Test
    void concurrentAddsAndSearchesAreSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        if (thread % 2 == 0) {
                            index.add(entry("https://news.example/" + thread + "/" + i, "Ship " + i, null,
                                    "Example News", "A ship sailed, story " + i + "."));
                        } else {
                            index.search(SearchQuery.of("ship").withPage(1 + i % 3));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        index.refresh();
        assertThat(index.count()).isEqualTo(400);
        assertThat(index.search(SearchQuery.of("ship")).totalHits()).isEqualTo(400);
    }

    @Test
    void aNewIndexAsksForARebuildAndAReopenedOneDoesNot() throws SearchException {
        assertThat(index.needsRebuild()).isTrue();
        addSample();
        index.close();
        index = ArticleIndex.open(dir.resolve("idx"));
        assertThat(index.needsRebuild()).isFalse();
        assertThat(index.count()).isEqualTo(3);
    }

    @Test
    void aDamagedIndexIsStartedAgainEmptyAndAsksForARebuild() throws Exception {
        addSample();
        index.close();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir.resolve("idx"))) {
            for (Path f : files) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.write(f, new byte[] {1, 2, 3}); // every file garbled
                }
            }
        }
        index = ArticleIndex.open(dir.resolve("idx"));
        assertThat(index.needsRebuild()).isTrue();
        assertThat(index.count()).isZero();
        int n = index.rebuild(List.of(entry("https://news.example/r", "Rebuilt", null, "Example News",
                "Back again.")).iterator());
        assertThat(n).isEqualTo(1);
        assertThat(index.search(SearchQuery.of("rebuilt")).totalHits()).isEqualTo(1);
    }

    @Test
    void anIndexOfAnotherSchemaIsStartedAgainEmptyAndTakesTheFieldsAsTheyAreNow() throws Exception {
        index.close();
        Path old = dir.resolve("old");
        // As an earlier version wrote it: the body with offsets, and no schema in the commit.
        FieldType bodyWithOffsets = new FieldType(TextField.TYPE_STORED);
        bodyWithOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        try (FSDirectory d = FSDirectory.open(old); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField(ArticleDocuments.URL, "https://news.example/old", Field.Store.YES));
            doc.add(new Field(ArticleDocuments.BODY, "An article from before.", bodyWithOffsets));
            w.addDocument(doc);
            w.commit();
        }
        index = ArticleIndex.open(old);
        assertThat(index.needsRebuild()).isTrue();
        assertThat(index.count()).isZero();
        index.add(entry("https://news.example/new", "Ferry timetable changes", null, "Example News",
                "The ferry sails every hour from Monday."));
        index.close();
        index = ArticleIndex.open(old);
        assertThat(index.needsRebuild()).isFalse();
        assertThat(index.search(SearchQuery.of("ferry")).hits()).extracting(SearchHit::url)
                .containsExactly("https://news.example/new");
        assertThat(index.search(SearchQuery.of("ferry")).hits().get(0).snippetHtml()).contains("<mark>ferry</mark>");
    }

    @Test
    void aSecondOpenerOfAnIndexInUseSearchesReadOnly() throws Exception {
        addSample();
        index.commit();
        try (ArticleIndex second = ArticleIndex.open(dir.resolve("idx"))) {
            assertThat(second.readOnly()).isTrue();
            assertThat(second.search(SearchQuery.of("bridge")).totalHits()).isEqualTo(2);
            assertThatThrownBy(() -> second.add(entry("https://x.example/", "t", null, null, "b")))
                    .isInstanceOf(SearchException.class).hasMessageContaining("in use by another");
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAClearError() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        assertThatThrownBy(() -> ArticleIndex.open(file)).isInstanceOf(SearchException.class)
                .hasMessageContaining("not a folder");
    }
}
