package dev.newsbite.reader.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The page store's tables, versioned with {@code PRAGMA user_version} so a later NewsBite can migrate
 * a file written by this one, and marked with {@code PRAGMA application_id} so the store never adopts
 * someone else's SQLite file.
 */
final class Schema {
    /** "NBRD": NewsBite reader data. */
    static final int APPLICATION_ID = 0x4e425244;
    static final int VERSION = 1;

    // Instants are kept as seconds + nanos so they come back exactly as stored and sort in SQL.
    // Bodies are gzip with their inflated length, so a read allocates once and can verify the size.
    private static final String CREATE_V1 = """
            CREATE TABLE page (
              url            TEXT PRIMARY KEY,
              final_url      TEXT NOT NULL,
              fetched_s      INTEGER NOT NULL,
              fetched_ns     INTEGER NOT NULL,
              content_type   TEXT,
              etag           TEXT,
              last_modified  TEXT,
              html_gz        BLOB NOT NULL,
              html_len       INTEGER NOT NULL,
              article_gz     BLOB NOT NULL,
              article_len    INTEGER NOT NULL,
              title          TEXT,
              site_name      TEXT
            )""";
    private static final String INDEX_V1 = "CREATE INDEX page_by_fetch ON page (fetched_s DESC, fetched_ns DESC)";

    private Schema() {
    }

    /**
     * Creates the tables in a new file, or migrates an older one, in one transaction.
     *
     * @throws StoreException if the file belongs to another program or to a newer NewsBite
     */
    static void prepare(Connection db, String where) throws SQLException, StoreException {
        if (isCurrent(db, where)) {
            return; // the usual case: no write lock needed
        }
        try (Statement s = db.createStatement()) {
            // IMMEDIATE takes the write lock first, so two processes opening a new file cannot both create it.
            s.execute("BEGIN IMMEDIATE");
            try {
                if (!isCurrent(db, where)) {
                    if (pragma(db, "user_version") < 1) {
                        s.execute(CREATE_V1);
                        s.execute(INDEX_V1);
                    }
                    // Later versions add "if (version < 2) { ALTER TABLE ... }" steps here, in this transaction.
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("PRAGMA user_version = " + VERSION);
                }
                s.execute("COMMIT");
            } catch (SQLException | StoreException | RuntimeException e) {
                try {
                    s.execute("ROLLBACK");
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback); // SQLite may have rolled back already; keep the first error
                }
                throw e;
            }
        }
    }

    /** Whether the file is at this version; false if it needs creating or migrating. */
    private static boolean isCurrent(Connection db, String where) throws SQLException, StoreException {
        int applicationId = pragma(db, "application_id");
        int version = pragma(db, "user_version");
        if (applicationId != APPLICATION_ID && (applicationId != 0 || version != 0 || hasTables(db))) {
            throw new StoreException(where + " is an SQLite file of another program, not a NewsBite page store", null);
        }
        if (version > VERSION) {
            throw new StoreException(where + " was written by a newer NewsBite (store version " + version
                    + "; this one reads up to " + VERSION + ")", null);
        }
        return version == VERSION;
    }

    private static int pragma(Connection db, String name) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean hasTables(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1")) {
            return rs.next();
        }
    }
}
