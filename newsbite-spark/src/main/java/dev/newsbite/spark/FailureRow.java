package dev.newsbite.spark;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;

/**
 * One line of {@code failures/}: a page that failed (or came out partial), a record that could not
 * be read, or a file that could not be read to its end. {@code warcRecordId} and {@code url} are
 * null for the last two kinds; {@code offset} is where in the file it happened (-1 when unknown).
 */
@JsonPropertyOrder({"warcFile", "warcRecordId", "url", "offset", "error"})
public record FailureRow(String warcFile, String warcRecordId, String url, long offset, String error)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    static FailureRow of(ArticleRow row) {
        return new FailureRow(row.warcFile(), row.warcRecordId(), row.url(), row.warcOffset(), row.error());
    }

    static FailureRow ofFile(String warcFile, long offset, String error) {
        return new FailureRow(warcFile, null, null, offset, error);
    }
}
