package dev.newsbite.source;

/**
 * A page file could not be read at all. The message is one line meant for a person;
 * {@link #kind()} is stable for programs.
 */
public final class PageReadException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why nothing could be read. */
    public enum Kind {
        /** No such file. */
        NOT_FOUND,
        /** A directory, no permission, an I/O error. */
        UNREADABLE,
        /** Compressed data that gives not a single byte. */
        CORRUPT
    }

    private final Kind kind;

    public PageReadException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public PageReadException(Kind kind, String message, Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
