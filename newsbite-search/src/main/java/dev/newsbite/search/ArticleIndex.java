package dev.newsbite.search;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index of everything read: a Lucene index in its own folder of the data directory.
 *
 * <p>Near-real-time, without a commit per article: a search reopens the searcher first when articles
 * were added since it was opened (at most every {@value #REFRESH_MILLIS} ms), so an article added is
 * found by the next search. Reopening lazily, rather than on a timer, keeps bulk indexing from
 * cutting a tiny segment every few hundred milliseconds when no one is searching. Changes are
 * committed once adds pause for a second, at least every {@value #COMMIT_SECONDS} s during a long
 * run of adds (each commit cuts segments that must be merged later, so bulk indexing commits
 * rarely), and on {@link #close()}; a crash loses at most those seconds, which a rebuild from the
 * page store brings back. Adds and searches may run on any number of threads at once.
 *
 * <p>Opening never fails on a damaged or missing index: it starts an empty one and says so through
 * {@link #needsRebuild()}, and the owner refills it from the page store. When another process holds
 * the index (a reader serving while {@code newsbite search} runs), the index opens read-only and
 * sees that process's commits.
 */
public final class ArticleIndex implements AutoCloseable {
    /** The index's folder in the data directory. */
    public static final String DIR_NAME = "search-index";
    static final long REFRESH_MILLIS = 100;
    private static final long REFRESH_NANOS = REFRESH_MILLIS * 1_000_000;
    static final long COMMIT_SECONDS = 60;
    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final Logger LOG = LoggerFactory.getLogger(ArticleIndex.class);
    private static final double DEFAULT_RAM_BUFFER_MB = 64;
    /**
     * The fields and how each is indexed, as a version kept in every commit. Lucene refuses to add a
     * field indexed another way than in the segments already there, so an index of another schema is
     * started again empty and refilled from the page store, as a damaged one is. Version 2: the headline
     * and body without offsets in their postings, the story bands as points.
     */
    static final String SCHEMA = "2";
    private static final String SCHEMA_KEY = "newsbite.schema";

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final Queries queries;
    private final boolean needsRebuild;
    private final ScheduledExecutorService upkeep;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Adds and deletes so far, and how many of them the current searcher sees. */
    private final AtomicLong changes = new AtomicLong();
    private volatile long changesSeen;
    private volatile long refreshedAtNanos = System.nanoTime();
    private volatile long lastChangeNanos = System.nanoTime();
    private volatile long committedAtNanos = System.nanoTime();
    private final StoryFinder stories = new StoryFinder(this);

    private ArticleIndex(Path dir, Directory directory, IndexWriter writer, SearcherManager searchers,
            Analyzer analyzer, boolean needsRebuild) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.analyzer = analyzer;
        this.queries = new Queries(analyzer);
        this.needsRebuild = needsRebuild;
        this.upkeep = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsbite-search-upkeep");
            t.setDaemon(true);
            return t;
        });
        if (writer != null) {
            upkeep.scheduleWithFixedDelay(this::commitWhenDue, 1, 1, TimeUnit.SECONDS);
        } else {
            // Read-only: the other process's commits are picked up as they come.
            upkeep.scheduleWithFixedDelay(this::refreshQuietly, 2, 2, TimeUnit.SECONDS);
        }
    }

    /** The index in {@code dataDir}'s {@value #DIR_NAME} folder. */
    public static ArticleIndex openIn(Path dataDir) throws SearchException {
        return open(dataDir.resolve(DIR_NAME));
    }

    /** The index in {@code dir} (created when missing), with a 64 MB indexing buffer. */
    public static ArticleIndex open(Path dir) throws SearchException {
        return open(dir, DEFAULT_RAM_BUFFER_MB);
    }

    /**
     * The index in {@code dir} (created when missing).
     *
     * @param ramBufferMb memory for articles added but not yet flushed to a segment: more makes bulk
     *     indexing faster
     * @throws SearchException when the folder cannot be created or written
     */
    public static ArticleIndex open(Path dir, double ramBufferMb) throws SearchException {
        Path path = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(path);
        } catch (FileAlreadyExistsException e) {
            throw new SearchException("The search index folder " + path + " exists but is not a folder", e);
        } catch (IOException e) {
            throw new SearchException("Cannot create the search index folder " + path + ": " + reason(e), e);
        }
        Analyzer analyzer = new NewsAnalyzer();
        Directory directory;
        try {
            directory = FSDirectory.open(path);
        } catch (IOException e) {
            throw new SearchException("Cannot open the search index in " + path + ": " + reason(e), e);
        }
        try {
            boolean existed = DirectoryReader.indexExists(directory);
            try {
                boolean outdated = existed && !SCHEMA.equals(schemaOf(directory));
                if (outdated) {
                    LOG.info("the search index {} was built by another version of NewsBite; building it again"
                            + " from the page store", path);
                }
                return openWriting(path, directory, analyzer, ramBufferMb, !existed || outdated);
            } catch (LockObtainFailedException e) {
                LOG.info("the search index {} is in use by another process; searching it read-only", path);
                return new ArticleIndex(path, directory, null, new SearcherManager(directory, null), analyzer, false);
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                    | EOFException | NoSuchFileException e) {
                LOG.warn("the search index {} is damaged or unreadable ({}); starting it again from the page store",
                        path, reason(e));
                wipe(path);
                return openWriting(path, directory, analyzer, ramBufferMb, true);
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            throw new SearchException("Cannot open the search index in " + path + ": " + reason(e), e);
        }
    }

    private static ArticleIndex openWriting(Path path, Directory directory, Analyzer analyzer, double ramBufferMb,
            boolean fresh) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(ramBufferMb)
                // Compound files would copy every flushed and merged segment once more; the index keeps a
                // few dozen files open instead.
                .setUseCompoundFile(false)
                .setMergePolicy(plainFiles())
                .setCommitOnClose(true);
        IndexWriter writer = new IndexWriter(directory, config);
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
        try {
            // Opening a reader now reads every segment's metadata: a damaged one shows here, not mid-search.
            SearcherManager searchers = new SearcherManager(writer, null);
            if (fresh) {
                writer.commit(); // an empty index on disk, so a read-only opener finds one
            }
            return new ArticleIndex(path, directory, writer, searchers, analyzer, fresh);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    /** The schema an index was built with, from its last commit; null when it does not say. */
    private static String schemaOf(Directory directory) throws IOException {
        return SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_KEY);
    }

    /** The other copies of a story among the articles in this index ("Also published by"). */
    public StoryFinder storyGroups() {
        return stories;
    }

    private static TieredMergePolicy plainFiles() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setNoCFSRatio(0);
        return policy;
    }

    /** The folder the index lives in. */
    public Path dir() {
        return dir;
    }

    /**
     * Whether the index was created empty at opening (none was there, or the one there was damaged)
     * and should be refilled from the page store.
     */
    public boolean needsRebuild() {
        return needsRebuild;
    }

    /** Whether another process holds the index: searches work, adds fail. */
    public boolean readOnly() {
        return writer == null;
    }

    /** Adds {@code entry}, replacing what the index held for its URL. The next search sees it. */
    public void add(IndexedArticle entry) throws SearchException {
        Document doc = ArticleDocuments.of(entry);
        try {
            writable().updateDocument(new Term(ArticleDocuments.URL, entry.url()), doc);
            changed();
        } catch (IOException | AlreadyClosedException e) {
            throw new SearchException("Cannot add " + entry.url() + " to the search index: " + reason(e), e);
        }
    }

    /** Takes the article read from {@code url} out of the index (nothing when it holds none). */
    public void delete(String url) throws SearchException {
        try {
            writable().deleteDocuments(new Term(ArticleDocuments.URL, url));
            changed();
        } catch (IOException | AlreadyClosedException e) {
            throw new SearchException("Cannot delete " + url + " from the search index: " + reason(e), e);
        }
    }

    /**
     * Empties the index and fills it with {@code entries}, then commits.
     *
     * @return how many articles were indexed
     */
    public int rebuild(Iterator<IndexedArticle> entries) throws SearchException {
        IndexWriter w = writable();
        int n = 0;
        try {
            w.deleteAll();
            while (entries.hasNext()) {
                IndexedArticle entry = entries.next();
                w.updateDocument(new Term(ArticleDocuments.URL, entry.url()), ArticleDocuments.of(entry));
                n++;
            }
            w.commit();
            searchers.maybeRefreshBlocking();
            return n;
        } catch (IOException | AlreadyClosedException | UncheckedIOException e) {
            throw new SearchException("Cannot rebuild the search index: " + reason(e), e);
        }
    }

    /** Makes everything added so far visible to searches now. */
    public void refresh() throws SearchException {
        try {
            long current = changes.get();
            searchers.maybeRefreshBlocking();
            changesSeen = current;
            refreshedAtNanos = System.nanoTime();
        } catch (IOException | AlreadyClosedException e) {
            throw new SearchException("Cannot refresh the search index: " + reason(e), e);
        }
    }

    /** Writes everything added so far to disk, so it survives a crash. */
    public void commit() throws SearchException {
        try {
            writable().commit();
            committedAtNanos = System.nanoTime();
        } catch (IOException | AlreadyClosedException e) {
            throw new SearchException("Cannot commit the search index: " + reason(e), e);
        }
    }

    /** Whether the index holds the article read from {@code url}. */
    public boolean contains(String url) throws SearchException {
        return withSearcher(s -> s.count(new TermQuery(new Term(ArticleDocuments.URL, url))) > 0);
    }

    /** How many articles searches see now. */
    public int count() throws SearchException {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Bytes the index takes on disk now. */
    public long sizeOnDisk() {
        long total = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (Files.isRegularFile(f)) {
                    total += Files.size(f);
                }
            }
        } catch (IOException e) {
            // a file merged away meanwhile: the figure is approximate anyway
        }
        return total;
    }

    /** One page of the articles that match {@code q}. */
    public SearchResults search(SearchQuery q) throws SearchException {
        Objects.requireNonNull(q, "q");
        Queries.Built built = queries.build(q);
        return withSearcher(searcher -> ResultPages.run(searcher, analyzer, built, q));
    }

    /** Work with a searcher that sees the index as of now. */
    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    <T> T withSearcher(SearcherWork<T> work) throws SearchException {
        IndexSearcher searcher;
        try {
            refreshIfBehind();
            searcher = searchers.acquire();
        } catch (IOException | AlreadyClosedException e) {
            throw new SearchException("The search index cannot be read: " + reason(e), e);
        }
        try {
            return work.run(searcher);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuntimeException && !(e instanceof AlreadyClosedException)
                    && !(e instanceof UncheckedIOException)) {
                throw (RuntimeException) e;
            }
            throw new SearchException("The search index cannot be read: " + reason(e), e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException | AlreadyClosedException e) {
                LOG.debug("releasing a searcher: {}", reason(e));
            }
        }
    }

    private IndexWriter writable() throws SearchException {
        if (writer == null) {
            throw new SearchException("The search index in " + dir + " is in use by another NewsBite process"
                    + " (stop it, or run this there)", null);
        }
        return writer;
    }

    /** Reopens the searcher when articles were added since, unless it was reopened a moment ago. */
    private void refreshIfBehind() throws IOException {
        long now = System.nanoTime();
        long seen = changesSeen;
        long current = changes.get();
        if (current != seen && now - refreshedAtNanos >= REFRESH_NANOS) {
            searchers.maybeRefreshBlocking();
            changesSeen = current;
            refreshedAtNanos = now;
        }
    }

    private void refreshQuietly() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot refresh the search index: {}", reason(e));
        }
    }

    private void changed() {
        changes.incrementAndGet();
        lastChangeNanos = System.nanoTime();
    }

    /** Commits when adds paused for a second, or when the last commit is a while ago. */
    private void commitWhenDue() {
        long now = System.nanoTime();
        boolean quiet = now - lastChangeNanos >= QUIET_NANOS;
        boolean overdue = now - committedAtNanos >= COMMIT_SECONDS * 1_000_000_000L;
        if (!quiet && !overdue) {
            return;
        }
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
            committedAtNanos = now;
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot commit the search index: {}", reason(e));
        }
    }

    /** Commits what was added and closes. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        upkeep.shutdown();
        try {
            upkeep.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            searchers.close();
        } catch (IOException e) {
            LOG.warn("closing the search index's searchers: {}", reason(e));
        }
        if (writer != null) {
            try {
                writer.close(); // commits
            } catch (IOException | RuntimeException e) {
                LOG.warn("closing the search index: {}", reason(e));
            }
        }
        closeQuietly(directory);
    }

    /** Deletes the files of a damaged index (the folder holds the index alone). */
    private static void wipe(Path path) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(path)) {
            for (Path f : files) {
                if (Files.isRegularFile(f) && !f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static void closeQuietly(Directory directory) {
        try {
            directory.close();
        } catch (IOException e) {
            LOG.debug("closing the index folder: {}", reason(e));
        }
    }

    static String reason(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.strip();
        int newline = m.indexOf('\n');
        return newline > 0 ? m.substring(0, newline) : m;
    }
}
