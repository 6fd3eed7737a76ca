package dev.newsbite.reader.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** Turns driver and file-system failures into the one-line messages a person reads. */
final class StoreErrors {
    // SQLite primary result codes (https://sqlite.org/rescode.html); extended codes keep them in the low byte.
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private StoreErrors() {
    }

    static StoreException of(SQLException e, Path file) {
        String message = switch (primaryCode(e)) {
            case NOTADB -> file + " is not a NewsBite page store (not an SQLite database);"
                    + " move it aside or choose another data directory";
            case CORRUPT -> file + " is damaged; move it aside to start with an empty store";
            case CANTOPEN -> "Cannot open " + file + "; check that its directory exists and is writable";
            case READONLY -> file + " is read-only; the reader needs to write to its data directory";
            case BUSY, LOCKED -> file + " is locked by another process for too long";
            case FULL -> "The page store " + file + " is full (the disk is full, or the store reached its size cap);"
                    + " pages are served but not stored";
            case IOERR -> "Disk error on " + file + ": " + firstLine(e.getMessage());
            default -> "Page store " + file + " failed: " + firstLine(e.getMessage());
        };
        return new StoreException(message, e);
    }

    static StoreException ofDirectory(IOException e, Path dir) {
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : firstLine(e.getMessage());
        return new StoreException("Cannot create the data directory " + dir + ": " + reason, e);
    }

    private static int primaryCode(SQLException e) {
        int code = e instanceof SQLiteException s ? s.getResultCode().code : e.getErrorCode();
        return code & 0xff;
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
