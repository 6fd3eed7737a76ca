package dev.newsbite.search;

/** The search index cannot be opened, read or written; the message says why, in one line. */
public final class SearchException extends Exception {
    private static final long serialVersionUID = 1L;

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
