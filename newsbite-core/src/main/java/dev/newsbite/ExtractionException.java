package dev.newsbite;

/**
 * The input could not give any article at all (empty, not HTML). The message is one line meant for
 * a person; {@link #reason()} is stable for programs.
 */
public final class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why nothing could be extracted. */
    public enum Reason {
        EMPTY,
        NOT_HTML,
        UNREADABLE
    }

    private final Reason reason;

    public ExtractionException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public ExtractionException(Reason reason, String message, Throwable cause) {
        super(message, cause, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
