package dev.newsbite.reader.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.zip.ZipException;

/**
 * One row of the page table as stored, still compressed: it is read under a pooled connection and
 * decoded after the connection went back, so decompression never holds a connection.
 */
record Row(String url, String finalUrl, long fetchedSeconds, long fetchedNanos, String contentType, String etag,
        String lastModified, byte[] htmlGz, int htmlLength, byte[] articleGz, int articleLength, String title,
        String siteName) {

    /** Reads the columns in {@code SqlitePageStore.COLUMNS} order. */
    static Row from(ResultSet rs) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBytes(8), rs.getInt(9), rs.getBytes(10), rs.getInt(11),
                rs.getString(12), rs.getString(13));
    }

    /**
     * The page, decompressed.
     *
     * @throws IOException if the row is damaged: bad compressed bytes, sizes or values
     */
    StoredPage decode() throws IOException {
        if (htmlGz == null || articleGz == null || finalUrl == null) {
            throw new ZipException("missing column");
        }
        // A damaged length must not make the read allocate gigabytes.
        if (htmlLength > SqlitePageStore.MAX_BYTES || articleLength > SqlitePageStore.MAX_BYTES) {
            throw new ZipException("stored length out of range");
        }
        Instant fetchedAt;
        try {
            fetchedAt = Instant.ofEpochSecond(fetchedSeconds, fetchedNanos);
        } catch (DateTimeException e) {
            throw new ZipException("fetch time out of range");
        }
        byte[] html = Gzip.decompress(htmlGz, htmlLength);
        String article = new String(Gzip.decompress(articleGz, articleLength), StandardCharsets.UTF_8);
        return new StoredPage(url, finalUrl, fetchedAt, contentType, etag, lastModified, html, article, title,
                siteName);
    }
}
