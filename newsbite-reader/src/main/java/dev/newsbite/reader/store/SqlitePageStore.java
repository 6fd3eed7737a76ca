package dev.newsbite.reader.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * A {@link PageStore} in one SQLite file ({@value #FILE_NAME}) in the data directory.
 *
 * <p>Writes go through a single connection under a lock (SQLite has one writer at a time anyway);
 * bodies are compressed before the lock is taken, so the lock covers only the SQL. Reads use a small
 * pool of other connections, which WAL mode lets run alongside each other and alongside the writer.
 * Each write is one statement in its own transaction, so it is all-or-nothing.
 *
 * <p>A row whose compressed bytes are damaged (a disk fault, a hand edit) reads as absent: it is
 * logged and deleted, and the reader simply fetches the page again. Failing the read instead would
 * make one bad row break that URL for good.
 */
public final class SqlitePageStore implements PageStore {
    /** The file in the data directory. */
    public static final String FILE_NAME = "pages.db";

    /** Largest html or article JSON stored, far above the fetcher's cap, so a bug cannot bloat the file. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(SqlitePageStore.class);
    private static final int READERS = 4;
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private static final String COLUMNS = "url, final_url, fetched_s, fetched_ns, content_type, etag, last_modified,"
            + " html_gz, html_len, article_gz, article_len, title, site_name";
    private static final String UPSERT = "INSERT INTO page (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
            + " ON CONFLICT (url) DO UPDATE SET final_url = excluded.final_url, fetched_s = excluded.fetched_s,"
            + " fetched_ns = excluded.fetched_ns, content_type = excluded.content_type, etag = excluded.etag,"
            + " last_modified = excluded.last_modified, html_gz = excluded.html_gz, html_len = excluded.html_len,"
            + " article_gz = excluded.article_gz, article_len = excluded.article_len, title = excluded.title,"
            + " site_name = excluded.site_name";
    // A null validator keeps the old one, as StoredPage.revalidatedAt does.
    private static final String REVALIDATE = "UPDATE page SET fetched_s = ?, fetched_ns = ?,"
            + " etag = coalesce(?, etag), last_modified = coalesce(?, last_modified) WHERE url = ?";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM page WHERE url = ?";
    private static final String RECENT = "SELECT url, title, site_name, fetched_s, fetched_ns FROM page"
            + " ORDER BY fetched_s DESC, fetched_ns DESC LIMIT ?";
    // One statement, one transaction: the oldest rows past the cap, found through the fetch-time index.
    private static final String TRIM = "DELETE FROM page WHERE url IN (SELECT url FROM page"
            + " ORDER BY fetched_s, fetched_ns LIMIT max(0, (SELECT count(*) FROM page) - ?))";
    private static final String COUNT = "SELECT count(*) FROM page";
    // Deletes a damaged row only if no put replaced it since it was read.
    private static final String DELETE_DAMAGED = "DELETE FROM page WHERE url = ? AND html_gz = ? AND article_gz = ?";

    private final Path file;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReaderPool readers;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SqlitePageStore(Path file, Connection writer) {
        this.file = file;
        this.writer = writer;
        this.readers = new ReaderPool(() -> connect(file), READERS);
    }

    /**
     * Opens the store in {@code dataDir}, creating the directory and an empty store if needed.
     *
     * @throws StoreException if the directory cannot be created or written, or its {@value #FILE_NAME}
     *     is not a NewsBite page store
     */
    public static SqlitePageStore open(Path dataDir) throws StoreException {
        return open(dataDir, 0);
    }

    /**
     * As {@link #open(Path)}, with a hard cap on the file's size: past {@code maxBytes} (rounded
     * down to whole database pages; 0 for no cap) a write fails as it would on a full disk
     * (SQLite's {@code max_page_count}), and reads go on.
     */
    public static SqlitePageStore open(Path dataDir, long maxBytes) throws StoreException {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException("The data directory " + dir + " exists but is not a directory", e);
        } catch (IOException e) {
            throw StoreErrors.ofDirectory(e, dir);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException("Cannot write in the data directory " + dir, null);
        }
        Path file = dir.resolve(FILE_NAME);
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a directory, not a NewsBite page store", null);
        }
        Connection writer = null;
        try {
            writer = connect(file);
            Schema.prepare(writer, file.toString());
            if (maxBytes > 0) {
                limitSize(writer, maxBytes);
            }
            return new SqlitePageStore(file, writer);
        } catch (SQLException e) {
            closeQuietly(writer);
            throw StoreErrors.of(e, file);
        } catch (StoreException | RuntimeException e) {
            closeQuietly(writer);
            throw e;
        }
    }

    /** The database file, for messages and tools. */
    public Path file() {
        return file;
    }

    @Override
    public Optional<StoredPage> get(String url) throws StoreException {
        Objects.requireNonNull(url, "url");
        Row row = read(url);
        if (row == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(row.decode()); // decompression runs after the connection went back
        } catch (IOException e) {
            LOG.warn("Dropping the damaged stored copy of {} ({}); it will be fetched again", url, e.getMessage());
            deleteDamaged(row);
            return Optional.empty();
        }
    }

    @Override
    public void put(StoredPage page) throws StoreException {
        Objects.requireNonNull(page, "page");
        byte[] article = page.articleJson().getBytes(StandardCharsets.UTF_8);
        if (page.html().length > MAX_BYTES || article.length > MAX_BYTES) {
            throw new StoreException("Page too large to store (" + Math.max(page.html().length, article.length)
                    + " bytes, at most " + MAX_BYTES + "): " + page.url(), null);
        }
        byte[] htmlGz = Gzip.compress(page.html());
        byte[] articleGz = Gzip.compress(article);
        write(UPSERT, ps -> {
            ps.setString(1, page.url());
            ps.setString(2, page.finalUrl());
            ps.setLong(3, page.fetchedAt().getEpochSecond());
            ps.setInt(4, page.fetchedAt().getNano());
            setNullable(ps, 5, page.contentType());
            setNullable(ps, 6, page.etag());
            setNullable(ps, 7, page.lastModified());
            ps.setBytes(8, htmlGz);
            ps.setInt(9, page.html().length);
            ps.setBytes(10, articleGz);
            ps.setInt(11, article.length);
            setNullable(ps, 12, page.title());
            setNullable(ps, 13, page.siteName());
        });
    }

    /** Does nothing if no page is stored for {@code url}. */
    @Override
    public void revalidated(String url, Instant when, String etag, String lastModified) throws StoreException {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(when, "when");
        write(REVALIDATE, ps -> {
            ps.setLong(1, when.getEpochSecond());
            ps.setInt(2, when.getNano());
            setNullable(ps, 3, etag);
            setNullable(ps, 4, lastModified);
            ps.setString(5, url);
        });
    }

    @Override
    public int trim(int keep) throws StoreException {
        if (keep < 0) {
            throw new IllegalArgumentException("keep must not be negative: " + keep);
        }
        return write(TRIM, ps -> ps.setInt(1, keep));
    }

    @Override
    public int count() throws StoreException {
        return withReader(db -> {
            try (PreparedStatement ps = db.prepareStatement(COUNT); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** Empty if {@code limit} is zero or less. */
    @Override
    public List<RecentRead> recent(int limit) throws StoreException {
        if (limit <= 0) {
            return List.of();
        }
        return withReader(db -> {
            try (PreparedStatement ps = db.prepareStatement(RECENT)) {
                ps.setInt(1, limit);
                List<RecentRead> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RecentRead(rs.getString(1), rs.getString(2), rs.getString(3),
                                Instant.ofEpochSecond(rs.getLong(4), rs.getLong(5))));
                    }
                }
                return out;
            }
        });
    }

    /** Waits for a write in progress, then closes. Idempotent; later calls on the store fail. */
    @Override
    public void close() throws StoreException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        readers.close();
        writeLock.lock();
        try {
            writer.close(); // the last connection to close also checkpoints and removes the WAL file
        } catch (SQLException e) {
            throw StoreErrors.of(e, file);
        } finally {
            writeLock.unlock();
        }
    }

    private Row read(String url) throws StoreException {
        return withReader(db -> {
            try (PreparedStatement ps = db.prepareStatement(SELECT)) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Row.from(rs) : null;
                }
            }
        });
    }

    private void deleteDamaged(Row row) {
        try {
            write(DELETE_DAMAGED, ps -> {
                ps.setString(1, row.url());
                ps.setBytes(2, row.htmlGz());
                ps.setBytes(3, row.articleGz());
            });
        } catch (StoreException e) {
            // The read already answers "absent"; the next put replaces the row anyway.
            LOG.warn("Could not delete the damaged stored copy of {}: {}", row.url(), e.getMessage());
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface Query<T> {
        T run(Connection db) throws SQLException;
    }

    private int write(String sql, Binder binder) throws StoreException {
        writeLock.lock();
        try {
            ensureOpen();
            try (PreparedStatement ps = writer.prepareStatement(sql)) {
                binder.bind(ps);
                return ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw StoreErrors.of(e, file);
        } finally {
            writeLock.unlock();
        }
    }

    private <T> T withReader(Query<T> query) throws StoreException {
        ensureOpen();
        try {
            Connection db = readers.borrow();
            try {
                return query.run(db);
            } finally {
                readers.giveBack(db);
            }
        } catch (SQLException e) {
            throw StoreErrors.of(e, file);
        }
    }

    private void ensureOpen() throws StoreException {
        if (closed.get()) {
            throw new StoreException("The page store " + file + " is closed", null);
        }
    }

    /** max_page_count holds for this connection only: the writer's is the one that matters. */
    private static void limitSize(Connection db, long maxBytes) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA page_size")) {
            long pageSize = rs.next() ? rs.getLong(1) : 4096;
            long pages = Math.max(1, maxBytes / pageSize);
            try (ResultSet set = s.executeQuery("PRAGMA max_page_count = " + pages)) {
                // SQLite answers with the cap it set (never below the file's current size).
            }
        }
    }

    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        // WAL: readers never block the writer, and a commit is one append to the log. A transaction
        // counts only once its commit record is in the log, so a process killed mid-write (kill -9)
        // leaves either the old row or the new one; the next open discards the torn tail of the log.
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL (not FULL) skips the fsync per commit. In WAL mode that cannot corrupt the file, even
        // on power loss; a process kill loses nothing either, as written pages sit in the OS cache. Only
        // an OS crash or power cut may forget the last few commits: pages the reader would refetch.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // Already failing with a clearer error.
            }
        }
    }
}
